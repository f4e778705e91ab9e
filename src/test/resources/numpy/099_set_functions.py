# NumPy's set functions: np.unique (return_index/inverse/counts, axis=), intersect1d (return_indices=),
# union1d, setdiff1d, setxor1d, in1d and isin (invert=, assume_unique=), with their types.
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = np.array([[1, 0, 0], [1, 0, 0], [2, 3, 4], [1, 0, 0]])
print(repr(np.unique(a, axis=0)), repr(np.unique(a, axis=1)))
u, idx, inv, cnt = np.unique(a, axis=0, return_index=True, return_inverse=True, return_counts=True)
print(repr(u), repr(idx), repr(inv), repr(cnt))
print(repr(np.unique(np.array([[3.5, 1.0], [3.5, 1.0], [-1.0, 2.0]]), axis=0)), repr(np.unique(a, axis=-1)))
print(repr(np.unique(np.array([[1, 2], [1, 2]], dtype=np.uint8), axis=0, return_counts=True)))
print(repr(np.unique(np.arange(24).reshape(2, 3, 4) % 2, axis=1)))
attempt(lambda: np.unique(a, axis=2))
print(repr(np.unique([3, 1, 3, 2, 1], return_index=True, return_inverse=True, return_counts=True)))
print(repr(np.unique(np.array([[2.5, np.nan], [np.nan, 2.5]]))))

x = np.array([1, 3, 4, 3, 7, 9])
y = np.array([3, 1, 2, 1, 9])
print(repr(np.intersect1d(x, y)), repr(np.union1d(x, y)), repr(np.setdiff1d(x, y)), repr(np.setxor1d(x, y)))
print(repr(np.intersect1d(x, y, return_indices=True)))
print(repr(np.intersect1d([1, 2, 3], np.array([2.0, 3.0, 5.0]))), repr(np.union1d([[1, 2], [5, 6]], [2, 9])))
print(repr(np.intersect1d(np.array([1, 2], dtype=np.uint8), np.array([2, 300]))), repr(np.union1d(np.array([True]), np.array([2]))))
print(repr(np.setdiff1d(np.array([5, 5, 1, 2]), [2])), repr(np.setdiff1d([1, 2], [])), repr(np.setdiff1d(np.array([3, 1], dtype=np.int8), np.array([1.5]))))
print(repr(np.setdiff1d(np.array([4, 1, 2]), np.array([2]), assume_unique=True)))
print(repr(np.intersect1d(np.array([np.nan, 1.0]), np.array([np.nan, 1.0]))), repr(np.union1d(np.array([np.nan, 1.0]), np.array([np.nan]))))
print(repr(np.setdiff1d(np.array([np.nan, 1.0]), np.array([np.nan]))))

print(repr(np.in1d(x, y)), repr(np.in1d(x, y, invert=True)), repr(np.in1d([[1, 2], [3, 4]], [2, 3])))
e = np.array([[0, 2], [4, 6]])
print(repr(np.isin(e, [1, 2, 4, 8])), repr(np.isin(e, [1, 2, 4, 8], invert=True)), repr(np.isin(3, [1, 3])))
print(repr(np.isin(e, np.array([[4], [6]]))), repr(np.isin(np.array([1.5, 2.0, np.nan]), [2, np.nan])), repr(np.isin(e, [])))
print(repr(e[np.isin(e, [2, 6])]), repr(np.isin(np.array([1, 2, 3]), np.array([3, 1]), assume_unique=True)))
print(repr(np.isin(np.array([-0.0, 1.0]), [0.0])), repr(np.in1d(np.array([True, False]), [1])))
