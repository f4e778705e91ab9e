import numpy as np
np.random.seed(0)
X = np.random.randn(4, 3).astype(np.float32)
print(X.dtype, X.shape)
W = np.random.randn(3, 2) / np.sqrt(2)
print(W)
print(X @ W)
