# What hw0's and hw1's tests and a student's helpers do with NumPy beside the epochs: dtype checks,
# np.testing (assert_equal, assert_allclose with err_msg), norms of float32 matrices, a shuffled
# batch order by np.array_split of a permutation, numerical gradients through .flat, argmax accuracy.
import numpy as np

np.random.seed(0)
X = (np.random.rand(20, 6) * 255).astype(np.uint8).astype(np.float32) / 255.0
y = np.random.randint(0, 10, size=20).astype(np.uint8)
assert X.dtype == np.float32
assert y.dtype == np.uint8
assert X.shape == (20, 6)
print(X.dtype == np.float32, y.dtype == "uint8", X.shape == (20, 6), np.linalg.norm(X[:10]), type(np.linalg.norm(X[:10])))
np.testing.assert_equal(y[:5], y[:5].tolist())
np.testing.assert_allclose(np.linalg.norm(X[:10]), np.sqrt((X[:10] ** 2).sum()), rtol=1e-6, err_msg="norm")
try:
    np.testing.assert_equal(y[:3], [9, 9, 9])
except AssertionError as e:
    print("assert_equal:", str(e).strip().splitlines()[0])
try:
    np.testing.assert_allclose(np.float32(1.0), 1.1, err_msg="softmax loss is off")
except AssertionError as e:
    print("assert_allclose:", str(e).strip().splitlines()[:2])
order = np.array_split(np.random.permutation(20), range(8, 20, 8))
print([o.tolist() for o in order], [o.dtype for o in order])
k = y.max() + 1
onehot = np.zeros((y.size, k), dtype=np.float32)
onehot[np.arange(y.size), y] = 1
print(k, onehot.sum(axis=0), onehot.dtype, (onehot.argmax(axis=1) == y).all(), np.eye(k, dtype=np.float32)[y].dtype)

def numerical_grad(f, x, eps=1e-5):
    g = np.zeros_like(x)
    for j in range(x.size):
        x.flat[j] += eps
        fp = f(x)
        x.flat[j] -= 2 * eps
        fm = f(x)
        x.flat[j] += eps
        g.flat[j] = (fp - fm) / (2 * eps)
    return g

W = np.random.randn(6, 3)
loss = lambda W: np.sum(np.maximum(X @ W, 0) ** 2) / 2
g = numerical_grad(loss, W)
exact = X.T @ np.maximum(X @ W, 0)
print(np.abs(g - exact).max() < 1e-6, np.allclose(g, exact, atol=1e-6), g.shape)
acc = np.mean(np.argmax(X @ W, axis=1) == y)
print(acc, type(acc), f"{acc:.2%}", np.sum(np.argmax(X @ W, axis=1) != y), (y == 3).sum(), y[y > 5], np.where(y > 5)[0])
print(np.prod((3, 4)), np.prod(X.shape), type(np.prod(X.shape)), int(np.prod([2, 3])), X.reshape(-1, 3).shape, np.float32(0.1) * 3)
batches = [y[i:i + 8] for i in range(0, y.size, 8)]
print([b.shape for b in batches], np.concatenate(batches).dtype, y.astype(np.int64).sum(), y.sum())
