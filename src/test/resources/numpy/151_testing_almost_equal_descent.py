# np.testing.assert_almost_equal and assert_equal's descent into dicts, lists and tuples, with NumPy's messages (U27)
import numpy as np

checks = [
    lambda: np.testing.assert_almost_equal(1.0000001, 1.0, decimal=5),
    lambda: np.testing.assert_almost_equal(1.0001, 1.0, decimal=5),
    lambda: np.testing.assert_almost_equal(1.0001, 1.0, 3),
    lambda: np.testing.assert_almost_equal(2.5, 2.5000004),
    lambda: np.testing.assert_almost_equal(2.5, 2.500004),
    lambda: np.testing.assert_almost_equal(np.float32(0.1), 0.1),
    lambda: np.testing.assert_almost_equal(float("nan"), float("nan")),
    lambda: np.testing.assert_almost_equal(float("nan"), 1.0),
    lambda: np.testing.assert_almost_equal(float("inf"), float("inf")),
    lambda: np.testing.assert_almost_equal(float("inf"), -float("inf")),
    lambda: np.testing.assert_almost_equal([1.0, 2.0], [1.0, 2.0000001]),
    lambda: np.testing.assert_almost_equal(np.array([1.0, 2.0]), [1.0, 2.1], decimal=2),
    lambda: np.testing.assert_almost_equal(3, 3.00000001, err_msg="ints"),
    lambda: np.testing.assert_almost_equal(1.5, 1.0, err_msg="a longer explanation of what went wrong here"),
    lambda: np.testing.assert_equal({"a": 1}, {"a": 2}),
    lambda: np.testing.assert_equal({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]}),
    lambda: np.testing.assert_equal({"a": 1}, {"a": 1, "b": 2}),
    lambda: np.testing.assert_equal({"a": 1, "c": 2}, {"a": 1, "b": 2}),
    lambda: np.testing.assert_equal([1, 2], {"a": 1}),
    lambda: np.testing.assert_equal({"x": np.arange(3)}, {"x": np.array([0, 1, 3])}),
    lambda: np.testing.assert_equal({"k": {"inner": 1.5}}, {"k": {"inner": 2.5}}, err_msg="nested"),
    lambda: np.testing.assert_equal((1, [2, 3]), (1, [2, 4])),
    lambda: np.testing.assert_equal({"a": 1, "b": (1, 2)}, {"b": (1, 2), "a": 1}),
    lambda: np.testing.assert_equal({1: "x"}, {1: "y"}),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, "ok")
    except AssertionError as e:
        print(i, "AssertionError:", str(e))
