# "100 NumPy exercises" forms (U12): np.pad/np.diag/astype/cumsum keywords, np.fromiter, np.ndenumerate,
# np.ndindex, flags.writeable and setflags, np.shares_memory / np.may_share_memory
import numpy as np

print(np.pad(np.ones((3, 3)), pad_width=1, mode='constant', constant_values=0))
print(np.pad(np.arange(3), 2), np.pad(array=np.arange(2), pad_width=(1, 2)))
print(np.diag(1 + np.arange(4), k=-1))
print(np.diag(np.arange(3), 1), np.diag(np.arange(9).reshape(3, 3), k=1), np.diag(np.arange(12).reshape(3, 4), -2), np.diag(np.arange(4).reshape(2, 2), k=5))
Z = (np.random.RandomState(0).rand(5) * 10).astype(np.float32)
print(Z.astype(np.int32, copy=False), Z.astype(np.float32, copy=False) is Z, Z.astype(np.float32) is Z, Z.astype(dtype=np.int64))
print(np.cumsum(np.arange(5), dtype=float), np.arange(6).reshape(2, 3).cumsum(axis=1, dtype=np.float32), np.cumsum([0.5, 1.5, 2.7], dtype=int))
print(np.cumprod([1, 2, 3], dtype=float), np.cumsum(np.array([[1, 2], [3, 4]]), 0, np.float64))
def ma(a, n=3):
    ret = np.cumsum(a, dtype=float)
    ret[n:] = ret[n:] - ret[:-n]
    return ret[n - 1:] / n
print(ma(np.arange(20), 3))
def generate():
    for x in range(10):
        yield x
print(np.fromiter(generate(), dtype=float, count=-1), np.fromiter(range(5), int, 3), np.fromiter((x * x for x in range(4)), np.int64))
print(np.fromiter([True, False], dtype=bool), np.fromiter(iter([]), float).shape)
for index, value in np.ndenumerate(np.arange(6).reshape(2, 3)):
    print(index, value, end="; ")
print()
for index in np.ndindex(2, 3):
    print(index, end=" ")
print(list(np.ndindex((2, 1))), list(np.ndindex(3)), list(np.ndindex()))
print(list(np.ndenumerate(np.array([1.5, 2.5]))), list(np.ndenumerate(np.array(7))))
Z = np.zeros(10)
print(Z.flags.writeable)
Z.flags.writeable = False
print(Z.flags.writeable, Z[1:3].flags.writeable)
try:
    Z[0] = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Z += 1
except ValueError as e:
    print("ValueError:", e)
Z.flags.writeable = True
Z[0] = 1
print(Z[:3])
V = Z[2:5]
V.setflags(write=False)
try:
    V[0] = 3
except ValueError as e:
    print("ValueError:", e)
Z[2] = 4
print(V, Z.flags.writeable)
try:
    np.frombuffer(b"\x00\x01", dtype=np.uint8).flags.writeable = True
except ValueError as e:
    print("ValueError:", e)
a = np.arange(10)
print(np.shares_memory(a, a[2:]), np.shares_memory(a, a.copy()), np.shares_memory(a[::2], a[1::2]), np.may_share_memory(a[::2], a[1::2]))
print(np.shares_memory(a[:5], a[5:]), np.may_share_memory(a[:5], a[5:]), np.shares_memory(a.reshape(2, 5)[:, 1], a[6:7]), np.shares_memory(a, [1, 2]))
b = a.reshape(2, 5).T
print(np.shares_memory(b, a), np.may_share_memory(a, np.arange(10)), np.shares_memory(a[3], a))
