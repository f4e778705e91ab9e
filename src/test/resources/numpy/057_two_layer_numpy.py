import numpy as np

np.random.seed(4)
X = np.random.randn(6, 4)
y = np.array([0, 1, 2, 1, 0, 2])
W1 = np.random.randn(4, 8) / np.sqrt(8)
W2 = np.random.randn(8, 3) / np.sqrt(3)
for step in range(5):
    Z1 = np.maximum(X @ W1, 0)
    G2 = np.exp(Z1 @ W2)
    G2 /= G2.sum(axis=1, keepdims=True)
    G2[np.arange(6), y] -= 1
    G1 = (Z1 > 0) * (G2 @ W2.T)
    W1 -= 0.5 * X.T @ G1 / 6
    W2 -= 0.5 * Z1.T @ G2 / 6
    logits = np.maximum(X @ W1, 0) @ W2
    loss = np.mean(np.log(np.exp(logits).sum(axis=1)) - logits[np.arange(6), y])
    print(step, f"{loss:.6f}")
print(np.round(W2, 4))
