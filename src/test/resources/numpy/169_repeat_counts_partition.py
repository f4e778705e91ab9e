# np.repeat with a count per item (or one for all; cast to integers, NumPy's errors), and np.partition,
# np.argpartition and a.partition as NumPy 1.24's introselect leaves every item (median of 3, selection for a
# small kth, median of medians on a worst case, pivots reused across kths; NaN last). Recorded from NumPy 1.24.
import numpy as np

def show(text, f):
    try:
        print(text, repr(f()))
    except Exception as e:
        print(text, type(e).__name__, e)

show('np.repeat([1, 2], [2, 3])', lambda: np.repeat([1, 2], [2, 3]))
show('np.repeat([[1, 2], [3, 4]], [1, 2], axis=0)', lambda: np.repeat([[1, 2], [3, 4]], [1, 2], axis=0))
show('np.repeat([[1, 2], [3, 4]], [3], axis=1)', lambda: np.repeat([[1, 2], [3, 4]], [3], axis=1))
show('np.repeat([1, 2, 3], np.array([0, 1, 2]))', lambda: np.repeat([1, 2, 3], np.array([0, 1, 2])))
show('np.repeat(5, [3])', lambda: np.repeat(5, [3]))
show('np.repeat([1, 2], (2, 0))', lambda: np.repeat([1, 2], (2, 0)))
show('np.repeat([1, 2], [1, 2, 3])', lambda: np.repeat([1, 2], [1, 2, 3]))
show('np.repeat([1, 2], [1, -1])', lambda: np.repeat([1, 2], [1, -1]))
show('np.repeat([1, 2], [1.5, 2])', lambda: np.repeat([1, 2], [1.5, 2]))
show('np.repeat([[1, 2]], [1, 2])', lambda: np.repeat([[1, 2]], [1, 2]))
show('np.repeat([1, 2], [[1, 2]])', lambda: np.repeat([1, 2], [[1, 2]]))
show('np.repeat([1, 2], 2.5)', lambda: np.repeat([1, 2], 2.5))
show('np.repeat([1, 2], -1)', lambda: np.repeat([1, 2], -1))
show('np.array([1, 2]).repeat([2, 1])', lambda: np.array([1, 2]).repeat([2, 1]))
show('np.repeat(np.arange(6.).reshape(2, 3), [0, 0, 0], axis=1)', lambda: np.repeat(np.arange(6.).reshape(2, 3), [0, 0, 0], axis=1))
show('np.repeat([1, 2], [0, 0])', lambda: np.repeat([1, 2], [0, 0]))
show('np.repeat(np.array([True, False]), 2)', lambda: np.repeat(np.array([True, False]), 2))
rs = np.random.RandomState(3)
for n in [1, 2, 3, 4, 5, 7, 10, 17, 33, 64, 100, 257]:
    a = rs.randint(0, 20, n)
    f = rs.randn(n)
    f[rs.rand(n) < 0.1] = np.nan
    for k in sorted(set([0, n // 3, n // 2, n - 1, max(n - 3, 0)])):
        print(n, k, np.partition(a, k).tolist(), np.argpartition(a, k).tolist())
        print(n, k, np.partition(f, k).tolist(), np.argpartition(f, k).tolist())
    if n > 4:
        ks = [1, n // 2, -1]
        print(n, ks, np.partition(f, ks).tolist(), np.argpartition(a, ks).tolist(), np.partition(f.astype(np.float32), (0, 2)).tolist())
for x in [np.roll(np.arange(1000), 500), np.arange(300)[::-1].copy(), np.tile([3, 1, 2], 100)]:
    for k in [0, 4, 100, 499 % len(x), 777 % len(x)]:
        p = np.partition(x, k); q = np.argpartition(x, k)
        print(len(x), k, p[:12].tolist(), p[-5:].tolist(), q[:12].tolist(), int(np.sum(p * np.arange(len(x)))), int(np.sum(q * np.arange(len(x)))))
b = rs.randn(4, 9)
print(np.partition(b, 3, axis=0), np.argpartition(b, (2, 5)), np.partition(b, 4, axis=None), np.argpartition(b, 4, axis=None))
c = b.copy(); c.partition(2); print(c)
print(np.argpartition(np.array(3.), 0), np.partition(np.zeros((0, 3)), 5), np.partition(np.array([True, False, True]), 1))
a = np.array([3., 1., 2.])
for f in [lambda: np.partition(a, 1, kind='quick'), lambda: np.partition(a, 1.5), lambda: np.partition(a, 5), lambda: np.partition(a, -4), lambda: np.partition(a, [[1]]), lambda: np.partition(np.array(3.), 0), lambda: np.partition(a, 1, order='x'), lambda: np.argpartition(a, [2, 0]), lambda: np.partition(a, np.int64(1)), lambda: np.partition(a, True)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
