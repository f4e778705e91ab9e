import numpy as np
a = np.array([1, 2], dtype=np.float32) / 3
print(a, repr(a), a.dtype)
np.random.seed(3)
b = np.random.randn(2, 2).astype(np.float32)
print(repr(b))
print(repr(np.array([0.1, 0.2], dtype=np.float32)))
print(repr(np.ones(3, dtype="float32") + 1))
print((np.ones(2, dtype=np.float32) * 2.5).dtype)
print((np.ones(2, dtype=np.float32) + np.ones(2)).dtype)
