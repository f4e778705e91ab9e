# Picking and counting by index arrays as students write hw0's softmax loss and accuracy in their
# own ways (Z[range(n), y], np.choose, np.take_along_axis, np.bincount), argsort along an axis,
# a.repeat, sampling without replacement, np.finfo/np.iinfo, argmin of unsigned arrays.
import numpy as np

np.random.seed(0)
Z = np.random.rand(5, 3)
y = np.array([0, 2, 1, 2, 2], dtype=np.uint8)
print(Z[range(len(y)), y], Z[range(5), y].mean(), Z[range(1, 3)], Z[:, range(2)].shape)
print(np.choose(y, Z.T), np.choose([0, 1, 1], [[1, 2, 3], [10, 20, 30]]), np.choose(np.array([1, 0]), [np.zeros(2), 5]).dtype)
print(np.take_along_axis(Z, y[:, None], axis=1).ravel(), np.take_along_axis(Z, np.argsort(Z, axis=1), axis=1)[0], np.take_along_axis(np.arange(4), np.array([3, 0]), None))
print(np.bincount(y), np.bincount(y, minlength=5), np.bincount([0, 2], weights=[0.5, 1.5]), np.bincount(np.array([], dtype=np.int64)), np.bincount(y).argmax())
print(np.argsort(-Z, axis=1)[:, :2], Z.argsort(axis=0), np.argsort(Z, axis=None)[:4], np.argsort([3, 1, 2]), np.sort(Z, axis=0)[0])
print(y.repeat(2), np.arange(4).reshape(2, 2).repeat(2, axis=0), y.argmin(), np.argmin(np.array([3, 250, 0, 7], dtype=np.uint8)), np.uint8([5, 1]).argmin())
np.random.seed(1)
print(np.random.choice(5, 3, replace=False), np.random.choice(10, size=(2, 2), replace=False), np.random.choice(np.arange(10, 20), 4, replace=False), np.random.choice(7, replace=False), type(np.random.choice(7, replace=False)))
batch = np.random.choice(len(y), 2, replace=False)
print(batch, Z[batch].shape, y[batch], np.random.permutation(5))
print(np.finfo(np.float32).eps, type(np.finfo(np.float32).eps), np.finfo(float).eps, np.finfo(np.float64).max, np.finfo(np.float32).tiny, np.finfo(np.float32).bits)
print(repr(np.finfo(np.float64)), repr(np.iinfo(np.uint8)), repr(np.iinfo(np.int64)), np.iinfo('int32').min, np.iinfo(np.uint8).max, np.iinfo(y.dtype).max, np.finfo(Z.dtype).resolution)
eps = np.finfo(np.float32).eps
p = np.clip(Z.astype(np.float32), eps, 1 - eps)
print(p.dtype, -np.log(p[range(5), y]).mean().round(4))
for bad in [lambda: np.bincount([1, -1]), lambda: np.choose([0, 3], [[1, 2], [3, 4]]), lambda: np.take_along_axis(Z, np.array([0]), axis=1),
            lambda: np.take_along_axis(Z, np.array([[0.0]]), axis=1), lambda: np.finfo(np.uint8), lambda: np.iinfo(np.float32),
            lambda: np.random.choice(3, 5, replace=False), lambda: np.bincount(np.ones((2, 2), dtype=int))]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
np.bincount(np.array([0.5, 1.0]))
