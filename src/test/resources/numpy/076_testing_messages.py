# np.testing's failure messages as hw0's and hw1's tests print them: uint8 and float32 arrays, a float32
# scalar shown as a 0-d array, and assert_equal on shapes, dtypes, lists, NaN and signed zeros.
import numpy as np
y = np.array([7, 2, 1, 0], dtype=np.uint8)
X = np.array([[0.5, 0.25]], dtype=np.float32)
for f in [lambda: np.testing.assert_equal(y, [7, 2, 1, 1]), lambda: np.testing.assert_array_equal(y, np.array([7, 2, 1, 9], np.uint8)),
          lambda: np.testing.assert_allclose(y, [7, 2, 1, 3]), lambda: np.testing.assert_allclose(X, [[0.5, 0.3]], rtol=1e-5, atol=1e-5),
          lambda: np.testing.assert_allclose(np.linalg.norm(X), 0.6, err_msg="norm of X")]:
    try:
        f()
    except AssertionError as e:
        print(str(e))
print(np.testing.assert_equal(y.dtype, np.uint8), np.testing.assert_equal(X.shape, (1, 2)), np.testing.assert_equal(np.nan, float("nan")))
print(np.testing.assert_equal([1, (2, 3)], [1, (2, 3)]), np.testing.assert_equal(y[0], 7), np.testing.assert_equal(np.float32(0.5), 0.5), np.testing.assert_equal("a", "a"))
for f in [lambda: np.testing.assert_equal(X.shape, (2, 1)), lambda: np.testing.assert_equal([1, 2], [1, 2, 3]), lambda: np.testing.assert_equal(0.0, -0.0),
          lambda: np.testing.assert_equal(y[1], 3, err_msg="label"), lambda: np.testing.assert_equal([np.nan], np.nan), lambda: np.testing.assert_equal({"a": 1}, 1)]:
    try:
        f()
    except AssertionError as e:
        print(str(e))
np.testing.assert_equal(y.dtype, np.float32)
