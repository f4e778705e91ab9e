# needle's hw2 pieces, as students use them: init's initialisers drawn from NumPy's generator,
# the data transforms, MNISTDataset and DataLoader, and an MLP trained on MNIST with nn, optim
# and needle's backward. Each check compares with a NumPy computation of the same formula.
import numpy as np
import needle as ndl
import needle.nn as nn


def same(got, want, tol=1e-12):
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)


# init: needle's formulas over np.random, computed in float64 and made float32 (needle's default dtype)
np.random.seed(42)
w = ndl.init.kaiming_uniform(3, 5)
np.random.seed(42)
bound = np.sqrt(2) * np.sqrt(3 / 3)
same(w.numpy(), (np.random.rand(3, 5) * 2 * bound - bound).astype(np.float32))
assert isinstance(w, ndl.Tensor) and not w.requires_grad and w.shape == (3, 5)
np.random.seed(7)
w = ndl.init.xavier_normal(4, 6, gain=0.5)
np.random.seed(7)
same(w.numpy(), (np.random.randn(4, 6) * 0.5 * np.sqrt(2 / 10)).astype(np.float32))
np.random.seed(1)
w = ndl.init.xavier_uniform(2, 3, gain=1.5, requires_grad=True)
np.random.seed(1)
a = 1.5 * np.sqrt(6 / 5)
same(w.numpy(), (np.random.rand(2, 3) * 2 * a - a).astype(np.float32))
assert w.requires_grad
np.random.seed(2)
w = ndl.init.kaiming_normal(8, 2)
np.random.seed(2)
same(w.numpy(), (np.random.randn(8, 2) * np.sqrt(2) / np.sqrt(8)).astype(np.float32))
np.random.seed(3)
u = ndl.init.rand(2, 4, low=-1.0, high=3.0)
np.random.seed(3)
same(u.numpy(), (np.random.rand(2, 4) * 4 - 1).astype(np.float32))
same(ndl.init.constant(2, 3, c=2.5).numpy(), np.full((2, 3), 2.5))
same(ndl.init.ones(2).numpy(), (np.ones(2)).astype(np.float32))
same(ndl.zeros(3, 1).numpy(), np.zeros((3, 1)))
same(ndl.init.one_hot(4, ndl.Tensor([2, 0])).numpy(), np.eye(4)[[2, 0]])
np.random.seed(4)
b = ndl.init.randb(3, 3, p=0.3)
np.random.seed(4)
same(b.numpy(), ((np.random.rand(3, 3) <= 0.3) * 1.0).astype(np.float32))
assert w.dtype == "float32" and ndl.init.rand(2, dtype="float64").dtype == "float64" and ndl.init.ones(1, dtype=None).dtype == "float64"
print("init: ok")

# transforms draw as needle's do
np.random.seed(0)
img = np.random.rand(4, 5, 2)
for seed in range(6):
    np.random.seed(seed)
    flip = np.random.rand() < 0.5
    np.random.seed(seed)
    got = ndl.data.RandomFlipHorizontal(0.5)(img)
    same(got, img[:, ::-1, :] if flip else img)
for seed in range(6):
    np.random.seed(seed)
    dx, dy = np.random.randint(low=-2, high=3, size=2)
    want = np.zeros((4, 5, 2))
    for h in range(4):
        for w in range(5):
            if 0 <= h + dx < 4 and 0 <= w + dy < 5:
                want[h, w, :] = img[h + dx, w + dy, :]
    np.random.seed(seed)
    same(ndl.data.RandomCrop(2)(img), want)
print("transforms: ok")

# MNISTDataset and DataLoader over the test set shipped with adjoint
ds = ndl.data.MNISTDataset("data/t10k-images-idx3-ubyte.gz", "data/t10k-labels-idx1-ubyte.gz")
assert len(ds) == 10000
x0, y0 = ds[0]
assert x0.shape == (28, 28, 1) and y0 == 7
assert 0 <= x0.min() and x0.max() <= 1
xs, ys = ds[0:5]
assert xs.shape == (5, 28, 28, 1) and list(ys) == [7, 2, 1, 0, 4]
loader = ndl.data.DataLoader(ds, batch_size=5, shuffle=False)
X, y = next(iter(loader))
assert isinstance(X, ndl.Tensor) and not X.requires_grad
same(X.numpy(), xs)
same(y.numpy(), ys)
small = ndl.data.NDArrayDataset(np.arange(20))
np.random.seed(0)
order = np.random.permutation(20)
np.random.seed(0)
got = np.concatenate([b[0].numpy() for b in ndl.data.DataLoader(small, batch_size=6, shuffle=True)])
same(got, order)
assert [b[0].shape for b in ndl.data.DataLoader(small, batch_size=6)] == [(6,), (6,), (6,), (2,)]
print("data: ok")


# an MLP trained on 2000 images with nn, optim.SGD and needle's backward, as hw2's epoch loop
class MLP(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(784, hidden), nn.ReLU(), nn.Linear(hidden, 10))

    def forward(self, x):
        return self.body(x)


np.random.seed(0)
model = MLP(64)
opt = ndl.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.SoftmaxLoss()
images, labels = ds[0:2000]
subset = ndl.data.NDArrayDataset(images, labels)
losses = []
for epoch in range(3):
    total, errors, count = 0.0, 0, 0
    for X, y in ndl.data.DataLoader(subset, batch_size=100, shuffle=True):
        opt.reset_grad()
        out = model(X.reshape((X.shape[0], 784)))
        loss = loss_fn(out, y)
        loss.backward()
        opt.step()
        total += loss.numpy().item() * X.shape[0]
        errors += (out.numpy().argmax(axis=1) != y.numpy()).sum()
        count += X.shape[0]
    losses.append(total / count)
assert losses[2] < losses[0] and errors / count < 0.2, (losses, errors / count)
print("training: ok")
