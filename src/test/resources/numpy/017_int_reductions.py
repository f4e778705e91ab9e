import numpy as np
x = np.arange(6).reshape(2, 3)
print(x.sum(), x.sum(axis=0), repr(x.mean(axis=1)))
print(x.max(), x.argmax(), x.argmin(axis=0))
b = np.array([True, False, True])
print(b.sum(), b.any(), b.all(), np.mean(b))
print(np.cumsum(np.array([1, 2, 3, 4])))
