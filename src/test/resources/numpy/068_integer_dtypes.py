# The integer dtypes MNIST loaders and CMU 10-414's hw0 use: uint8 labels and pixels, and the
# other fixed-width ints, with NumPy's wrap-around, promotion (arrays among themselves, an array
# with a Python number by its value), astype, sums, printing and indexing.
import numpy as np

y = np.array([7, 2, 1, 0, 4, 1], dtype=np.uint8)
print(y, repr(y), y.dtype, y.dtype.name, y.itemsize, y.nbytes, y.dtype.kind, type(y[0]), y[0], repr(y[0]))
print(y + 1, (y + 1).dtype, y + 300, (y + 300).dtype, y - 1, (y - 1).dtype, y + (-1), (y + -1).dtype)
print(y * 40, (y * 40).dtype, y + 70000, (y + 70000).dtype, (y + 2 ** 40).dtype, y + 1.5, (y + 1.5).dtype)
print((y + np.float32(1.5)).dtype, (y + np.int64(3)).dtype, (y + True).dtype, (y > 1).dtype, y / 2, (y // 2).dtype, y % 3)
print(y.sum(), repr(y.sum()), y.sum().dtype, y.mean(), y.max(), y.max().dtype, y.argmax(), np.sum(y == 1), y.cumsum().dtype, y.prod().dtype)
i8 = np.array([-128, -1, 0, 127], dtype=np.int8)
print(repr(i8), -i8, abs(i8), i8 + 1, i8 * 2, (i8 + y[:4]).dtype, i8 + y[:4], ~y, ~i8)
print(np.uint8(200) + np.uint8(100), np.uint8(200) + 100, type(np.uint8(200) + 100), np.uint8(3) + 1.5, type(np.uint8(3) + 1.5), np.uint8(255) * 2)
print(np.array([1.7, -1.7, 300, -300, 1e10]).astype(np.uint8), np.array([1.7, -1.7, 300, -300, 1e10]).astype(np.int8))
print(np.array([70000, -1]).astype(np.int16), np.array([70000, -1]).astype(np.uint16), np.array([2 ** 31, -1]).astype(np.int32), np.array([-1]).astype(np.uint32))
for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]:
    a = np.array([1, 2], dtype=t)
    print(t.__name__, repr(a), (a + np.array([1.0], dtype=np.float32)).dtype, (a + np.array([1], dtype=np.int8)).dtype,
          (a + np.array([1], dtype=np.uint8)).dtype, a.sum().dtype, np.dtype(t), t(3), a.astype(np.float32).dtype, a.dtype == t, a.dtype.name)
print(np.zeros(3, dtype=np.uint8), np.ones((2, 2), dtype='uint8'), np.arange(4, dtype=np.int32), np.array([3, 4], dtype='i4'), np.full(2, 9, dtype=np.uint8))
print(np.dtype('u1'), np.dtype('int16'), np.array([1, 2], dtype=np.uint8).astype(np.float32) / 255, np.array([255], dtype=np.uint8).astype(np.float32) / 255.0)
X = np.arange(12, dtype=np.uint8).reshape(3, 4)
print(X[y[:3] % 3], X[:, y[1]], np.eye(8)[y].shape, np.eye(8)[y][1], X.T @ X, (X @ X.T).dtype, X.astype(np.float64).mean(axis=0))
Z = np.zeros((6, 8))
Z[np.arange(6), y] = 1
print(Z.sum(axis=0), np.unique(y), np.unique(y).dtype, y.tolist(), type(y.tolist()[0]), int(y[0]), float(y[1]))
y[0] = 300
y[1] += 255
print(y, y.dtype, np.maximum(y, 3), np.maximum(y, 3).dtype, np.minimum(i8, np.uint8(1)).dtype, np.where(y > 1, y, 0).dtype)
print(np.array([1, 2], dtype=np.uint8) == np.array([1, 2]), np.array_equal(np.array([1, 2], dtype=np.uint8), [1, 2]), np.uint8(7) == 7, {np.uint8(7): 'seven'}[7])
print(np.concatenate([np.array([1], np.uint8), np.array([2], np.uint8)]).dtype, np.concatenate([np.array([1], np.uint8), np.array([-2], np.int8)]).dtype, np.stack([y, y]).dtype)
print(np.array([1, 2], dtype=np.uint8) ** 2, np.array([16], dtype=np.uint8) ** 2, (np.array([1], np.uint8) ** 2).dtype)
