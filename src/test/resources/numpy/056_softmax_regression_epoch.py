import numpy as np

def softmax_loss(Z, y):
    return np.mean(np.log(np.exp(Z).sum(axis=1)) - Z[np.arange(Z.shape[0]), y])

def softmax_regression_epoch(X, y, theta, lr=0.1, batch=4):
    for i in range(0, X.shape[0], batch):
        Xb, yb = X[i:i + batch], y[i:i + batch]
        Z = np.exp(Xb @ theta)
        Z = Z / Z.sum(axis=1, keepdims=True)
        Iy = np.zeros_like(Z)
        Iy[np.arange(yb.size), yb] = 1
        theta -= lr * Xb.T @ (Z - Iy) / Xb.shape[0]

np.random.seed(0)
X = np.random.randn(12, 5).astype(np.float32)
y = np.random.randint(3, size=(12,))
theta = np.zeros((5, 3), dtype=np.float32)
for epoch in range(3):
    softmax_regression_epoch(X, y, theta)
    print(epoch, round(float(softmax_loss(X @ theta, y)), 5), np.mean((X @ theta).argmax(axis=1) != y))
print(theta.dtype, theta.shape)
