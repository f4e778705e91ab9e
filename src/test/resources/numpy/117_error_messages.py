# NumPy 1.24's messages for common mistakes: dot, concatenate, boolean index, astype, reshape, linalg.solve; N-d np.dot; np.tri of floats
import numpy as np
calls = [
    lambda: np.dot(np.ones(3), np.ones(4)),
    lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))),
    lambda: np.dot(np.ones((2, 3)), np.ones(4)),
    lambda: np.dot(np.ones(3), np.ones((2, 3))),
    lambda: np.dot(np.ones((2, 2, 3)), np.ones((4, 5))),
    lambda: np.ones((2, 3)).dot(np.ones((2, 3))),
    lambda: np.concatenate([np.ones(2), np.ones((2, 2))]),
    lambda: np.concatenate([np.ones((2, 2)), np.ones((3, 3))]),
    lambda: np.ones(3)[np.array([True, False])],
    lambda: np.ones((2, 3))[np.array([True, False, True])],
    lambda: np.ones((2, 3))[:, np.array([True, False])],
    lambda: np.ones(2).astype('foo'),
    lambda: np.ones((2, 3)).reshape(4, -1),
    lambda: np.ones(6).reshape(-1, 4),
    lambda: np.linalg.solve(np.eye(2), np.ones(3)),
    lambda: np.linalg.solve(np.eye(2), np.ones((3, 2))),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(24.).reshape(2, 3, 4)
print(np.dot(a, np.arange(20.).reshape(5, 4, 1)).shape, np.dot(a, np.arange(20.).reshape(5, 4, 1))[1, 2, 3], np.dot(a, np.ones(4)))
print(np.dot(np.ones(4), np.arange(24.).reshape(2, 4, 3)))
print(np.tri(2.5), np.tri(3, 2.0), np.tri(3, 4, 1, dtype=int))
for c in [lambda: np.linalg.lstsq(np.eye(2), np.ones((2, 1, 1)), rcond=None), lambda: np.linalg.lstsq(np.eye(2), np.ones(3), rcond=None),
          lambda: np.polyfit([0, 1, 2], [1, 2, 3], np.float64(1.7)), lambda: np.polyfit([0, 1, 2], [1, 2, 3], '1'),
          lambda: np.tensordot(np.ones(2), np.ones(2), axes=1.5)]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
