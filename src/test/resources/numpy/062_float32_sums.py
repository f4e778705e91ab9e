import numpy as np
b = np.arange(10).astype(np.float32) / 10
print(b.sum(), b.mean(), b.std(), b.var())
np.random.seed(0)
x = np.random.randn(1000).astype(np.float32)
print(x.sum(), x.mean(), np.sum(x * x))
y = np.random.randn(37, 3).astype(np.float32)
print(y.sum(), y.sum(axis=0).dtype, y.mean(axis=0).shape)
print(repr(np.float32(1) / 3), np.float32(0.1) + np.float32(0.2))
