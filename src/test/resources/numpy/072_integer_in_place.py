# Integer arrays written in place (NumPy's 'same_kind' rule: uint8 += 300 wraps, uint8 -= an int64
# array is refused), the float type of exp/sqrt/log of integer arrays, and the other functions on
# uint8 arrays: clip, where, mean/std along axes, round, matmul with floats.
import numpy as np

y = np.array([250, 3], np.uint8)
y += 300
print(y, y.dtype)
y *= 2
print(y)
i8 = np.array([1, 2], np.int8)
i8 += np.int64(1)
i8 -= np.array([1, 1], np.uint8)
print(i8, i8.dtype)
f = np.zeros(2, np.float32)
f += y
f += np.arange(2)
print(f, f.dtype)
for bad in [lambda: np.add(y, 1.5, out=y), lambda: np.subtract(y, np.array([1, 2]), out=y)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(np.clip(y, 0, 100), np.clip(y, 0, 100).dtype, np.where(y > 100, y, -1).dtype, y.mean(axis=0), y.std(), np.round(y), np.round(y).dtype)
print((y @ np.ones(2)).dtype, (y.reshape(1, 2) @ np.ones((2, 1), np.float32)).dtype, np.abs(y).dtype, np.maximum(y, 80))
print(np.exp(np.array([1, 2], np.int16)).dtype, np.sqrt(np.array([4, 9], np.uint16)), np.log(np.array([1, 2], np.int32)).dtype, np.exp(np.arange(2)).dtype)
print(np.sqrt(y.astype(np.float32)), np.exp(-np.array([1, 2], np.uint16).astype(np.float32)).dtype)
X = np.arange(6, dtype=np.uint8).reshape(2, 3)
print(X.mean(axis=1), X.sum(axis=0), X.sum(axis=0).dtype, X.max(axis=1), X.max(axis=1).dtype, X.T.dtype, X[X > 2], X.min(), X.astype(bool))
m = np.zeros(3, bool)
m += np.array([True, False, True])
print(m, m.dtype)
m += 1
