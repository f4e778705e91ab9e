# np.linalg.cholesky: dpotrf on the lower triangle, as NumPy 1.24 calls it on the system LAPACK; its errors
import numpy as np
A = np.array([[4., 2, 0.6], [2, 5, 1.5], [0.6, 1.5, 3]])
print(repr(np.linalg.cholesky(A)))
B = np.array([[4., 1], [3, 5]])
print(repr(np.linalg.cholesky(B)))
np.random.seed(0)
M = np.random.randint(-5, 6, (7, 7)).astype(float)
S = M @ M.T + 3 * np.eye(7)
L = np.linalg.cholesky(S)
print(L.tolist())
print(repr(np.linalg.cholesky(np.array([[2, 1], [1, 2]]))))
for bad in [np.array([[1., 2], [2, 1]]), np.ones(3), np.ones((2, 3))]:
    try:
        np.linalg.cholesky(bad)
    except np.linalg.LinAlgError as e:
        print('LinAlgError', e)
