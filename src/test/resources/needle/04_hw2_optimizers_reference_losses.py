# needle's hw2 optimizers and layers as a student's needle has them: the course's hw2 tests train small
# models on seeded data (np.random.seed(prod(shape) * ndim) then randint(0, 100) / 20 as float32 features,
# uint8 labels) in 32 batches of 32 with SoftmaxLoss, and compare the last batch's loss with the losses the
# reference needle gave (CMU 10-414/714 hw2, tests/test_nn_and_optim.py, test_optim_*_1). Each line below
# is one of those reference losses reproduced to the tests' rtol/atol of 1e-5.
import numpy as np
import needle as ndl
import needle.nn as nn


def seeded_features(rows, cols):
    np.random.seed(rows * cols * 2)
    return ndl.Tensor(np.random.randint(0, 100, size=(rows, cols)) / 20, dtype="float32").cached_data


def seeded_labels(rows, classes):
    np.random.seed(rows * 1)
    return ndl.Tensor(np.random.randint(0, classes, size=(rows,))).cached_data.astype(np.uint8)


def train(make_layers, optimizer, epochs=1, evaluate=False, **settings):
    np.random.seed(42)
    model = nn.Sequential(*make_layers())
    X, y = seeded_features(1024, 64), seeded_labels(1024, 16)
    loss_fn = nn.SoftmaxLoss()
    opt = optimizer(model.parameters(), **settings)
    for _ in range(epochs):
        for Xb, yb in zip(np.array_split(X, 32), np.array_split(y, 32)):
            opt.reset_grad()
            loss = loss_fn(model(ndl.Tensor(Xb, dtype="float32")), ndl.Tensor(yb))
            loss.backward()
            before = model.parameters()[0].grad.detach().cached_data.copy()
            opt.step()
            np.testing.assert_allclose(model.parameters()[0].grad.detach().cached_data, before)
    if evaluate:
        model.eval()
        loss = loss_fn(model(ndl.Tensor(seeded_features(32, 64))), ndl.Tensor(seeded_labels(32, 16)))
    return float(loss.numpy())


def mlp():
    return [nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 16)]


checks = [
    ("SGD", lambda: train(mlp, ndl.optim.SGD, lr=0.01, momentum=0.0), 3.207009),
    ("SGD momentum", lambda: train(mlp, ndl.optim.SGD, lr=0.01, momentum=0.9), 3.311805),
    ("SGD weight decay", lambda: train(mlp, ndl.optim.SGD, lr=0.01, momentum=0.0, weight_decay=0.01), 3.202637),
    ("SGD momentum + weight decay", lambda: train(mlp, ndl.optim.SGD, lr=0.01, momentum=0.9, weight_decay=0.01), 3.306993),
    ("SGD Residual, 3 epochs", lambda: train(lambda: [nn.Linear(64, 8), nn.ReLU(), nn.Residual(nn.Linear(8, 8)), nn.Linear(8, 16)],
                                              ndl.optim.SGD, epochs=3, lr=0.01, weight_decay=0.001), 2.852236),
    ("Adam", lambda: train(mlp, ndl.optim.Adam, lr=0.001), 3.703999),
    ("Adam weight decay", lambda: train(mlp, ndl.optim.Adam, lr=0.001, weight_decay=0.01), 3.705134),
    ("Adam BatchNorm1d", lambda: train(lambda: [nn.Linear(64, 32), nn.ReLU(), nn.BatchNorm1d(32), nn.Linear(32, 16)],
                                       ndl.optim.Adam, lr=0.001, weight_decay=0.001), 3.296256),
    ("Adam BatchNorm1d, eval mode", lambda: train(lambda: [nn.Linear(64, 32), nn.ReLU(), nn.BatchNorm1d(32), nn.Linear(32, 16)],
                                                  ndl.optim.Adam, evaluate=True, lr=0.001, weight_decay=0.001), 3.192054),
    ("Adam LayerNorm1d", lambda: train(lambda: [nn.Linear(64, 32), nn.ReLU(), nn.LayerNorm1d(32), nn.Linear(32, 16)],
                                       ndl.optim.Adam, lr=0.01, weight_decay=0.01), 2.82192),
]
for name, run, reference in checks:
    np.testing.assert_allclose(run(), reference, rtol=1e-5, atol=1e-5)
    print(name + ": the reference loss")
