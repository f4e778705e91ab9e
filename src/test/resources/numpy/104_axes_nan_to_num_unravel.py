# np.moveaxis, swapaxes (a.swapaxes), atleast_1d/2d/3d, column_stack, flipud, fliplr, nan_to_num, unravel_index, ptp (a.ptp)
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = np.arange(24).reshape(2, 3, 4)
print(np.moveaxis(x, 0, -1).shape, np.moveaxis(x, [0, 1], [-1, -2]).shape, np.moveaxis(x, -1, 0)[1])
attempt(lambda: np.moveaxis(x, 3, 0))
attempt(lambda: np.moveaxis(x, [0, 0], [1, 2]))
attempt(lambda: np.moveaxis(x, [0, 1], [1]))
m = np.moveaxis(x, 0, 2)
m[0, 0, 0] = 99
print(x[0, 0, 0], np.swapaxes(x, 0, 2).shape, x.swapaxes(1, 2)[0], np.swapaxes(np.array([[1, 2, 3]]), 0, 1))
attempt(lambda: np.swapaxes(x, 0, 3))
print(np.atleast_1d(5), np.atleast_1d([1, 2]), np.atleast_2d(5), np.atleast_2d([1, 2]).shape, np.atleast_3d([1, 2]).shape, np.atleast_3d(np.ones((2, 3))).shape)
print(np.atleast_1d(1, [2, 3]), np.atleast_2d(np.ones((2, 2, 2))).shape, np.atleast_3d(7).shape)
print(np.column_stack([np.array([1, 2, 3]), np.array([4.0, 5, 6])]), np.column_stack((np.ones((2, 2)), [7, 8])))
attempt(lambda: np.column_stack([[1, 2], [1, 2, 3]]))
a = np.arange(6).reshape(2, 3)
print(np.flipud(a), np.fliplr(a), np.flipud([1, 2, 3]), sep="\n")
attempt(lambda: np.fliplr([1, 2, 3]))
v = np.array([np.nan, np.inf, -np.inf, 1.5, -0.0])
print(np.nan_to_num(v), np.nan_to_num(v, nan=-1.0, posinf=9.0, neginf=-9.0), np.nan_to_num(v.astype(np.float32)))
print(np.nan_to_num(np.array([1, 2])), np.nan_to_num(np.nan), type(np.nan_to_num(np.inf)).__name__, np.nan_to_num([np.nan, 1]))
w = v.copy()
r = np.nan_to_num(w, copy=False)
print(r is w, w)
print(np.unravel_index(22, (2, 3, 4)), np.unravel_index([5, 11], (3, 4)), np.unravel_index(np.argmax(x), x.shape))
print(np.unravel_index(5, (3, 4), order="F"), np.unravel_index(np.array([[1, 2]]), (4,)))
attempt(lambda: np.unravel_index(12, (3, 4)))
attempt(lambda: np.unravel_index(-1, (3, 4)))
attempt(lambda: np.unravel_index(1.0, (3, 4)))
print(np.ptp(a), np.ptp(a, axis=0), a.ptp(1), np.ptp(np.array([1.5, np.nan])), np.ptp(np.array([3, 250], dtype=np.uint8)), np.ptp(a, axis=1, keepdims=True))
