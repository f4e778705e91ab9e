# S36: small float64 matrix products to the last bit: NumPy sums them in OpenBLAS's dgemm order
# (fused multiply-adds, its edge row and its blocks of 256), and A @ A.T in dsyrk's
import numpy as np

np.random.seed(0)
A = np.random.randn(4, 4)
S = A @ A.T + 4 * np.eye(4)
print(repr(S[0, 0]), repr(S))
print(repr(np.linalg.cholesky(S)))
rs = np.random.RandomState(1)
for m, k, n in [(2, 3, 2), (3, 9, 5), (5, 17, 4), (7, 30, 9), (9, 12, 13), (4, 300, 3), (3, 700, 5), (6, 41, 8), (5, 2, 6)]:
    a, b = rs.randn(m, k), rs.randn(k, n)
    print((m, k, n), repr((a @ b).ravel().tolist()), repr(np.dot(a, b).sum()))
for n, k in [(3, 5), (5, 11), (7, 30), (9, 20)]:
    a = rs.randn(n, k)
    print((n, k), repr((a @ a.T).ravel().tolist()), repr((a.T @ a).sum()), repr(np.dot(a, a.T)[n - 1].tolist()))
x = rs.randn(3, 6, 4)
print(repr((x @ x.transpose(0, 2, 1)).sum()), repr((x @ rs.randn(4, 5)).ravel()[-5:].tolist()))
