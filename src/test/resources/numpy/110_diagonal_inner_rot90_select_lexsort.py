# np.diagonal (a.diagonal; offset=, axis1=, axis2=; a read-only view), inner, vdot, isscalar, rot90 (k=, axes=), select,
# lexsort, ravel_multi_index; sort/argsort keep 0.0 and -0.0 in their order (NumPy compares them equal)
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = np.arange(12).reshape(3, 4)
print(np.diagonal(a), a.diagonal(1), a.diagonal(-1), np.diagonal(a, 5), np.diagonal(np.arange(24).reshape(2, 3, 4)), np.diagonal(np.arange(24).reshape(2, 3, 4), 0, 0, 2))
attempt(lambda: np.diagonal(np.arange(3)))
attempt(lambda: np.diagonal(a, 0, 0, 0))
d = a.diagonal()
def write():
    d[0] = 5
attempt(write)
a[0, 0] = 100
print(d, len(d), np.diagonal(a, -5), np.diagonal(np.ones((2, 3)), 1, 1, 0))
print(np.inner(np.array([1, 2, 3]), np.array([0, 1, 0.5])), np.inner(a, np.ones(4)), np.inner(np.ones((2, 3)), np.arange(6).reshape(2, 3)), np.inner(2, np.arange(3)))
attempt(lambda: np.inner(np.ones(3), np.ones(4)))
print(np.vdot(np.array([1, 2, 3]), np.array([4, 5, 6])), np.vdot(a, a), np.vdot([1.5, 2], [2, 4]))
attempt(lambda: np.vdot(np.ones(3), np.ones(4)))
print(np.isscalar(3.1), np.isscalar(np.float64(1)), np.isscalar(np.array(3)), np.isscalar([1]), np.isscalar("s"), np.isscalar(None), np.isscalar(True))
m = np.arange(6).reshape(2, 3)
print(np.rot90(m), np.rot90(m, 2), np.rot90(m, -1), np.rot90(m, 4), np.rot90(np.arange(8).reshape(2, 2, 2), 1, (1, 2)), sep="\n")
attempt(lambda: np.rot90(np.arange(3)))
attempt(lambda: np.rot90(m, axes=(0, 0)))
x = np.arange(6)
print(np.select([x < 2, x > 3], [x, x ** 2]), np.select([x < 2, x > 3], [x, x ** 2], default=-1), np.select([x > 0, x > 2], [1.5, 7]))
attempt(lambda: np.select([x < 2], [x, x]))
attempt(lambda: np.select([x], [x]))
attempt(lambda: np.select([], []))
surnames = np.array([3, 1, 2, 1, 3])
firsts = np.array([1, 5, 2, 0, 0])
z = np.array([0.0, -0.0, 1.0, -0.0, np.nan, -1.0])
print(np.sort(z), np.argsort(z), np.lexsort((z,)), np.sort(np.array([[0.0, -0.0], [-0.0, 0.0]]), axis=0))
print(np.lexsort((firsts, surnames)), np.lexsort([[1.5, np.nan, 0.2]]), np.lexsort(np.array([[2, 1, 1], [0, 0, 0]])))
attempt(lambda: np.lexsort((np.arange(3), np.arange(4))))
print(np.ravel_multi_index((np.array([1, 2]), np.array([3, 0])), (3, 4)), np.ravel_multi_index((1, 2), (3, 4)), np.ravel_multi_index([[1], [5]], (3, 4), mode="clip"))
print(np.ravel_multi_index(([5, -1],), (4,), mode="wrap"), np.ravel_multi_index((1, 2), (3, 4), order="F"))
attempt(lambda: np.ravel_multi_index((3, 0), (3, 4)))
attempt(lambda: np.ravel_multi_index((1,), (3, 4)))
attempt(lambda: np.ravel_multi_index((1.0, 0), (3, 4)))
