import numpy as np
a = np.array([1, -2, 10])
print(a, repr(a), a.dtype)
b = np.array([True, False])
print(b, repr(b), b.dtype)
print(repr(np.array([[1, 2], [30, 4]])))
print(np.array([1, 2]) + 0.5)
