# Finding #145: np.array_equal compares with ==, as NumPy: NaN is not equal to itself unless
# equal_nan=True, and 0.0 equals -0.0.
import numpy as np

a = np.array([1.0, np.nan])
print(np.array_equal(a, a), np.array_equal(a, a.copy()), np.array_equal(a, a, equal_nan=True), np.array_equal(a, [1.0, 2.0], equal_nan=True))
print(np.array_equal(np.array([0.0, 1.0]), np.array([-0.0, 1.0])), np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]))
print(np.array_equal(np.array([[1, 2]]), np.array([1, 2])), np.array_equal(np.array([1, 2], np.float32), np.array([1.0, 2.0])), type(np.array_equal(a, a)).__name__)
