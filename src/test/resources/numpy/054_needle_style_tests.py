import numpy as np
np.random.seed(1)
A = np.random.randn(5, 5).astype(np.float32)
B = np.random.randn(5, 5).astype(np.float32)
C = A @ B
print(C.dtype, C.shape)
np.testing.assert_allclose(C, np.dot(A, B), rtol=1e-5, atol=1e-5)
x = np.random.randn(3, 4)
np.testing.assert_allclose(np.exp(np.log(np.exp(x))), np.exp(x), rtol=1e-6)
print(np.linalg.norm(x - x), (x ** 2).sum(axis=1).shape)
print("ok")
