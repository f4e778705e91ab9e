# needle.autograd.TENSOR_COUNTER, which hw2's memory tests read (CMU 10-414/714 hw2,
# tests/hw2/test_nn_and_optim.py: global_tensor_count, test_optim_sgd_z_memory_check_1): needle counts
# a Value up as it is made and down as it is freed. The counts below are needle's for the same code
# (each needle op makes one node; a - b two), printed as differences from the count at the start.
import numpy as np
import needle as ndl
from needle import autograd

start = autograd.TENSOR_COUNTER
x = ndl.Tensor([1.0, 2.0])
y = (x * 2).sum()
print(autograd.TENSOR_COUNTER - start)
del y
print(autograd.TENSOR_COUNTER - start)
keep = [ndl.Tensor([float(i)]) for i in range(100)]
print(autograd.TENSOR_COUNTER - start)
keep = None
print(autograd.TENSOR_COUNTER - start)
z = x - x
print(autograd.TENSOR_COUNTER - start, autograd.LAZY_MODE)
