import numpy as np
A = np.array([[1., 2.], [3., 4.]])
x = np.array([1., 1.])
print(A @ x)
print(A @ A)
print(np.dot(A, x), A.dot(A))
print(x @ x, np.dot(x, x))
print(np.matmul(A, A.T))
print(np.outer(x, np.array([1., 2., 3.])))
