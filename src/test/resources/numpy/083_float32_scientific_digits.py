# Finding #151: in scientific notation NumPy pads each element of an array to the common number of
# digits with the value's own digits (Dragon4's min_digits), not zeros: a float32 1e-8 beside a
# value that needs 7 digits prints 9.9999999e-09.
import numpy as np

print(np.array([1e-8, 1.2345678e-7], dtype=np.float32))
print(np.array([-8.8136332e-10, -2.0284046e-08], dtype=np.float32))
print(np.array([0.0, 1e-5, 3.0], dtype=np.float32), np.array([1e10, 1.5], dtype=np.float32))
print(np.array([9.9999999e-9, 1.23456e-5, 7e20], dtype=np.float32), np.array([1e-8, 1.2345678e-7, np.nan, -np.inf], dtype=np.float32))
print(repr(np.array([1e-5, 1.2345e-5, 0.3])), np.array([1e-8, 0.1, 0.3, 2 / 3]), np.array([2.5e-9, 1.25e-7], dtype=np.float32))
np.random.seed(1)
print(np.random.randn(3, 3).astype(np.float32) * 1e-6)
print(repr(np.random.randn(4).astype(np.float32) * np.float32(1e5)), np.random.rand(2, 3).astype(np.float32) / 3e4)
