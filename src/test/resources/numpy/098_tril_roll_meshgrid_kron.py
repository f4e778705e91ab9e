# np.tri, np.tril/np.triu (k=, stacks, 1-d), np.roll (axis=, tuples), np.meshgrid (indexing=, sparse=),
# np.kron and np.tensordot (axes an int, pairs, lists), with NumPy's errors.
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = np.arange(1, 13).reshape(3, 4)
print(repr(np.tril(m)), repr(np.triu(m)))
print(repr(np.tril(m, k=1)), repr(np.triu(m, -1)), repr(np.tril(m, 5)), repr(np.triu(m, k=-7)))
print(repr(np.tril(np.ones((2, 2, 3), dtype=np.float32), -1)))
print(repr(np.triu(np.array([1, 2, 3]))), repr(np.tril([[True, True], [True, True]])))
print(repr(np.tri(3)), repr(np.tri(2, 4, k=1, dtype=int)), repr(np.tri(3, dtype=bool)))
attempt(lambda: np.tril(np.float64(3.0)))
print(repr(np.tril(np.array([[np.nan, 1.0], [2.0, np.inf]]))))

v = np.arange(10)
print(repr(np.roll(v, 2)), repr(np.roll(v, -2)), repr(np.roll(v, 13)), repr(np.roll(v, 0)))
g = np.arange(12).reshape(3, 4)
print(repr(np.roll(g, 1)), repr(np.roll(g, 1, axis=0)), repr(np.roll(g, -1, axis=1)))
print(repr(np.roll(g, (1, 2), axis=(0, 1))), repr(np.roll(g, 1, axis=(0, 1))), repr(np.roll(g, (1, -1), axis=1)))
print(repr(np.roll(np.array([1.5, 2.5], dtype=np.float32), 1)), repr(np.roll([1, 2, 3], 1)), repr(np.roll(np.array([]), 3)))
attempt(lambda: np.roll(g, 1, axis=2))
attempt(lambda: np.roll(g, (1, 2, 3), axis=(0, 1)))
attempt(lambda: np.roll(g, (1, 2)))

x = np.array([1, 2, 3])
y = np.array([4.0, 5.0])
X, Y = np.meshgrid(x, y)
print(repr(X), repr(Y))
r = np.meshgrid(x, y, indexing="ij")
print(type(r).__name__, repr(r[0]), repr(r[1]))
print(repr(np.meshgrid(x, y, sparse=True)))
print(repr(np.meshgrid(x, y, np.array([7, 8], dtype=np.uint8))[2].shape), repr(np.meshgrid(x, y, np.array([7, 8]), indexing="ij")[0].shape))
print(repr(np.meshgrid(x)), repr(np.meshgrid()), repr(np.meshgrid([[1, 2], [3, 4]], [5, 6])[0]))
attempt(lambda: np.meshgrid(x, y, indexing="xyz"))
xs, ys = np.meshgrid(np.linspace(-1, 1, 3), np.linspace(0, 1, 2))
print(repr(xs ** 2 + ys ** 2))

print(repr(np.kron(np.array([1, 10, 100]), np.array([5, 6, 7]))))
print(repr(np.kron(np.eye(2), np.ones((2, 2)))), repr(np.kron(np.array([[1, 2], [3, 4]]), np.array([[0, 5], [6, 7]]))))
print(repr(np.kron(np.array([1, 2]), np.array([[1.5], [2.5]]))), repr(np.kron(3, np.array([1, 2]))), repr(np.kron(2, 3)))
print(repr(np.kron(np.array([1, 2], dtype=np.float32), np.array([3, 4]))), repr(np.kron(np.array([True, False]), np.array([True, True]))))
print(repr(np.kron(np.ones((2, 1, 2)), np.array([[1, 2]]))))

a = np.arange(60.).reshape(3, 4, 5)
b = np.arange(24.).reshape(4, 3, 2)
c = np.tensordot(a, b, axes=([1, 0], [0, 1]))
print(c.shape, repr(c))
print(repr(np.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2), axes=1)))
print(repr(np.tensordot(np.arange(4.), np.arange(4.), axes=1)), repr(np.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3))))
print(repr(np.tensordot(np.array([1, 2]), np.array([3, 4]), axes=0)), repr(np.tensordot(np.arange(6).reshape(2, 3), np.arange(3), axes=(1, 0))))
print(repr(np.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2), axes=[[1], [0]])))
print(repr(np.tensordot(np.ones((2, 3), dtype=np.float32), np.ones((3,), dtype=np.float32), axes=([-1], [-1]))))
attempt(lambda: np.tensordot(np.ones((2, 3)), np.ones((2, 3)), axes=1))
attempt(lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=([0, 1], [0])))
