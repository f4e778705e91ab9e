# PyTorch's CPU kernels at the edges (U14, U15): hardsigmoid's backward multiplies by the float 1/6;
# hardswish's gradient at exactly 3 is 1 in the vectorised blocks of 8 and 1.5 in the scalar tail.
# Also the import paths torch.nn.parameter and torch.utils.data._utils.collate, Module._get_name(),
# and nn.Hardtanh's assertion (U16).
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([-2.9999, 0.5, -3.0, 3.0], requires_grad=True)
print(torch.autograd.grad(F.hardsigmoid(x).sum(), x)[0].tolist())
for n in [3, 8, 9, 17]:
    v = torch.full((n,), 3.0, requires_grad=True)
    F.hardswish(v).sum().backward()
    print(n, v.grad.tolist())
w = torch.tensor([-3., -1., -0.5, 0., 0.5, 1., 3., 25.], requires_grad=True)
nn.Hardswish()(w).sum().backward()
print(w.grad.tolist())
from torch.nn.parameter import Parameter
from torch.utils.data._utils.collate import default_collate, default_convert
import torch.utils.data as data
print(Parameter is nn.Parameter, default_collate is data.default_collate, default_convert is data.default_convert)
print(nn.Linear(2, 2)._get_name(), nn.Sequential()._get_name())
try:
    nn.Hardtanh(2, -2)
except AssertionError as e:
    print(repr(e))
print(nn.Hardtanh(-2, 2))
