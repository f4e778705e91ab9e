# np.array_equal compares numbers as == does (tester finding #145, checked against NumPy 1.24):
# NaN equals NaN only with equal_nan=True, 0.0 equals -0.0, shapes must match.
import numpy as np
n = float("nan")
a = np.array([1., n, 0.])
b = np.array([1., n, -0.])
print(np.array_equal(a, b), np.array_equal(a, b, equal_nan=True), np.array_equal(a, a))
print(np.array_equal([1, 2], [1, 2]), np.array_equal(np.array([1., 2.]), np.array([1., 2., 3.])), np.array_equal(np.array([[1, 2]]), np.array([1, 2])))
print(np.array_equal(np.array([1, 2]), np.array([1, 2]), equal_nan=True), np.array_equal(np.array([True]), np.array([1])))
