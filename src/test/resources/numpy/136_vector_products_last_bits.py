# U10: NumPy's products with a vector to the last bit. matmul and dot hand a matrix times a vector
# (or a column) to OpenBLAS's dgemv, a vector times a matrix (or a row) too, and a row times a
# column to ddot; each kernel sums in its own order (lanes, fused multiply-adds, blocks).
import numpy as np

def checksum(values):
    c = 0
    for v in np.ravel(values).tolist():
        n, d = v.as_integer_ratio()
        c = (c * 1000003 + n * 7 + d) % (2 ** 61 - 1)
    return c

rng = np.random.RandomState(0)
for (m, k) in [(16, 144), (1, 100), (5, 100), (64, 30), (3, 500), (10, 2049), (7, 3), (2, 17)]:
    A = rng.randn(m, k)
    v = rng.randn(k)
    print((m, k), checksum(A @ v), checksum(np.dot(A, v)), checksum(A @ v.reshape(k, 1)), checksum(A.T.copy().T @ v))
    B = rng.randn(k, m)
    print("  vm", checksum(v @ B), checksum(np.dot(v, B)), checksum(v.reshape(1, k) @ B), checksum(v @ B.T.copy().T))
    print("  dot", repr(v @ B[:, 0]), repr(np.dot(v, v)), repr(v.reshape(1, k) @ v.reshape(k, 1)), repr(A[0] @ v[::1]))
w = rng.randn(40)
print(checksum(rng.randn(6, 20) @ w[::2]), repr(w[::2] @ w[1::2]))
X = rng.randn(100, 2)
theta = np.array([0.5, -1.25])
print(checksum(X @ theta), checksum(X.dot(theta)), repr(((X @ theta - 1.0) ** 2).mean()))
