# CMU 10-414 hw0 as a student writes it in NumPy (softmax loss, softmax regression, a two-layer net
# with ReLU, uint8 labels, one-hot by np.eye(k)[y] and by index assignment, batch loops) over
# MNIST's test images; float32 results are printed to 4-5 digits (NumPy's float32 matmul is
# OpenBLAS's sgemm, whose summation order adjoint does not reproduce).
import numpy as np

def parse_mnist(image_filename, label_filename):
    import gzip, struct
    with gzip.open(image_filename, "rb") as f:
        magic, num, rows, cols = struct.unpack(">IIII", f.read(16))
        X = np.frombuffer(f.read(), dtype=np.uint8).reshape(num, rows * cols).astype(np.float32) / 255.0
    with gzip.open(label_filename, "rb") as f:
        magic, num = struct.unpack(">II", f.read(8))
        y = np.frombuffer(f.read(), dtype=np.uint8)
    return X, y

try:
    data = mnist()  # adjoint's shipped MNIST test set (CPython has no mnist(): it parses the same files below)
    X_all, y_all = data.X.numpy().astype(np.float32), data.y.numpy().astype(np.uint8)
except NameError:
    d = "../../../main/resources/dev/adjoint/data/mnist/"  # run from src/test/resources/numpy
    X_all, y_all = parse_mnist(d + "t10k-images-idx3-ubyte.gz", d + "t10k-labels-idx1-ubyte.gz")
print(X_all.shape, X_all.dtype, y_all.shape, y_all.dtype, y_all[:10], X_all.min(), X_all.max(), X_all[0, 200:206])

def softmax_loss(Z, y):
    return np.mean(np.log(np.sum(np.exp(Z), axis=1)) - Z[np.arange(Z.shape[0]), y])

def softmax_regression_epoch(X, y, theta, lr=0.1, batch=100):
    num_classes = theta.shape[1]
    for i in range(int(np.ceil(X.shape[0] / batch))):
        Xb = X[i * batch:(i + 1) * batch]
        yb = y[i * batch:(i + 1) * batch]
        Z = np.exp(Xb @ theta)
        Z = Z / np.sum(Z, axis=1)[:, None]
        Iy = np.eye(num_classes)[yb]
        grad = Xb.T @ (Z - Iy) / Xb.shape[0]
        theta -= lr * grad

def nn_epoch(X, y, W1, W2, lr=0.1, batch=100):
    for start in range(0, X.shape[0], batch):
        Xb, yb = X[start:start + batch], y[start:start + batch]
        Z1 = np.maximum(0, Xb @ W1)
        G2 = np.exp(Z1 @ W2)
        G2 /= G2.sum(axis=1, keepdims=True)
        Iy = np.zeros_like(G2)
        Iy[np.arange(yb.size), yb] = 1
        G2 -= Iy
        G1 = (Z1 > 0).astype(np.float32) * (G2 @ W2.T)
        W1 -= lr * (Xb.T @ G1) / batch
        W2 -= lr * (Z1.T @ G2) / batch

def loss_err(h, y):
    return softmax_loss(h, y), np.mean(h.argmax(axis=1) != y)

Z = np.zeros((y_all.shape[0], 10))
print(softmax_loss(Z, y_all))
np.random.seed(0)
Z = np.random.randn(y_all.shape[0], 10)
print(round(softmax_loss(Z, y_all), 6))

np.random.seed(0)
Xs = np.random.randn(50, 5).astype(np.float32)
ys = np.random.randint(3, size=(50,)).astype(np.uint8)
Theta = np.zeros((5, 3), dtype=np.float32)
softmax_regression_epoch(Xs, ys, Theta, lr=1.0, batch=50)
print(Theta.dtype, np.round(Theta, 5))

X, y = X_all[:1000], y_all[:1000]
theta = np.zeros((X.shape[1], y.max() + 1), dtype=np.float32)
softmax_regression_epoch(X[:100], y[:100], theta, lr=0.1, batch=10)
print(theta.shape, theta.dtype, "{:.4f}".format(np.linalg.norm(theta)))

np.random.seed(0)
W1 = np.random.randn(X.shape[1], 100).astype(np.float32) / np.sqrt(100)
W2 = np.random.randn(100, 10).astype(np.float32) / np.sqrt(10)
nn_epoch(X, y, W1, W2, lr=0.1, batch=100)
print(W1.dtype, W2.dtype, "{:.3f} {:.3f}".format(np.linalg.norm(W1), np.linalg.norm(W2)))
loss, err = loss_err(np.maximum(X @ W1, 0) @ W2, y)
print("{:.4f} {:.4f}".format(loss, err), type(loss), type(err))

n, k = X.shape[1], y.max() + 1
print(k, type(k), repr(k))
theta = np.zeros((n, k), dtype=np.float32)
print("| Epoch | Train Loss | Train Err | Test Loss | Test Err |")
for epoch in range(2):
    softmax_regression_epoch(X, y, theta, lr=0.2, batch=100)
    train_loss, train_err = loss_err(X @ theta, y)
    test_loss, test_err = loss_err(X_all[1000:2000] @ theta, y_all[1000:2000])
    print("|  {:>4} |    {:.4f} |   {:.5f} |   {:.4f} |  {:.5f} |".format(epoch, train_loss, train_err, test_loss, test_err))
