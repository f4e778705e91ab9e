# needle's hw1 "simple_ml" as students write it with needle: softmax_loss on needle ops, and an
# epoch of SGD on a two-layer ReLU network whose gradients come from needle's backward. Checked
# against the same computations written directly in NumPy (hw0's way: hand-derived gradients).
import numpy as np
import needle as ndl


def softmax_loss(Z, y_one_hot):
    batch = Z.shape[0]
    return (ndl.log(ndl.exp(Z).sum((1,))).sum() - (y_one_hot * Z).sum()) / batch


def nn_epoch(X, y, W1, W2, lr=0.1, batch=100):
    for start in range(0, X.shape[0], batch):
        Xb = ndl.Tensor(X[start:start + batch])
        Iy = np.zeros((Xb.shape[0], W2.shape[1]))
        Iy[np.arange(Xb.shape[0]), y[start:start + batch]] = 1
        loss = softmax_loss(ndl.relu(Xb @ W1) @ W2, ndl.Tensor(Iy))
        loss.backward()
        W1 = ndl.Tensor(W1.numpy() - lr * W1.grad.numpy())
        W2 = ndl.Tensor(W2.numpy() - lr * W2.grad.numpy())
    return W1, W2


def numpy_epoch(X, y, W1, W2, lr=0.1, batch=100):
    for start in range(0, X.shape[0], batch):
        Xb = X[start:start + batch]
        n = Xb.shape[0]
        Z1 = np.maximum(Xb @ W1, 0)
        E = np.exp(Z1 @ W2)
        G2 = E / E.sum(axis=1, keepdims=True)
        G2[np.arange(n), y[start:start + batch]] -= 1
        G1 = (Z1 > 0) * (G2 @ W2.T)
        W1 = W1 - lr * (Xb.T @ G1) / n
        W2 = W2 - lr * (Z1.T @ G2) / n
    return W1, W2


np.random.seed(0)
Z = np.random.randn(50, 10)
labels = np.random.randint(10, size=50)
Y = np.zeros((50, 10))
Y[np.arange(50), labels] = 1
want = np.mean(np.log(np.exp(Z).sum(axis=1)) - Z[np.arange(50), labels])
np.testing.assert_allclose(softmax_loss(ndl.Tensor(Z), ndl.Tensor(Y)).numpy(), want, rtol=1e-12)
np.testing.assert_allclose(softmax_loss(ndl.Tensor(np.zeros((50, 10))), ndl.Tensor(Y)).numpy(), np.log(10), rtol=1e-12)
Zt = ndl.Tensor(Z)
softmax_loss(Zt, ndl.Tensor(Y)).backward()
E = np.exp(Z)
np.testing.assert_allclose(Zt.grad.numpy(), (E / E.sum(axis=1, keepdims=True) - Y) / 50, rtol=1e-10, atol=1e-14)
print("softmax_loss: ok")

np.random.seed(1)
X = np.random.randn(120, 5)
y = np.random.randint(3, size=120)
W1 = np.random.randn(5, 10) / np.sqrt(10)
W2 = np.random.randn(10, 3) / np.sqrt(3)
N1, N2 = nn_epoch(X, y, ndl.Tensor(W1), ndl.Tensor(W2), lr=0.2, batch=50)
M1, M2 = numpy_epoch(X, y, W1, W2, lr=0.2, batch=50)
np.testing.assert_allclose(N1.numpy(), M1, rtol=1e-10, atol=1e-12)
np.testing.assert_allclose(N2.numpy(), M2, rtol=1e-10, atol=1e-12)
Iy = np.zeros((120, 3))
Iy[np.arange(120), y] = 1
before = softmax_loss(ndl.relu(ndl.Tensor(X) @ ndl.Tensor(W1)) @ ndl.Tensor(W2), ndl.Tensor(Iy)).numpy()
after = softmax_loss(ndl.relu(ndl.Tensor(X) @ N1) @ N2, ndl.Tensor(Iy)).numpy()
assert after < before
print("nn_epoch: ok")
