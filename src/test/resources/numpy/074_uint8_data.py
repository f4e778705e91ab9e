# uint8 images and labels as MNIST loaders give them: printing (summarised), unique counts, indexing by
# uint8 arrays, shuffled batches, masks and assignment into uint8, statistics over them.
import numpy as np
np.random.seed(3)
y = np.random.randint(0, 10, 2000).astype(np.uint8)
X = (np.random.rand(2000, 8) * 255).astype(np.uint8)
print(y, repr(y), X, X.shape, X.dtype)
print(np.unique(y, return_counts=True), X[y[:3]], X[y[:3].astype(np.int64)].shape, X[:2, y[:2] % 8])
idx = np.arange(6)
np.random.shuffle(idx)
print(idx, X[idx].sum(), X[idx].sum(axis=0), X.sum(axis=0).dtype, X.mean(), (X / 255.0).dtype, (X / np.float32(255)).dtype)
for Xb, yb in zip(np.array_split(X[:10], 3), np.array_split(y[:10], 3)):
    print(Xb.shape, yb, yb.dtype)
print((X.astype(np.float32) / 255)[0], X[0].reshape(2, 4), repr(X[:2].astype(np.int16) - 128))
m = y == 3
print(m.sum(), X[m][:2], y[m].dtype, np.count_nonzero(y == 3), (y[:20] < 5).astype(np.uint8))
X[X > 200] = 255
X[:, 0] = y[:2000] * 30
print(X[:4], X.max(axis=0))
print(np.mean(X, axis=1)[:4], np.std(X.astype(np.float64)), X.var(axis=0)[:2], np.median(X[:, 1]), np.percentile(X[:, 1], 50))
