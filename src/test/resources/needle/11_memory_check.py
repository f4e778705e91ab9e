# hw2's memory checks (CMU 10-414/714 hw2, tests/hw2/test_nn_and_optim.py, test_optim_sgd_z_memory_check_1
# and test_optim_adam_z_memory_check_1): pytest runs the optimizer tests one after another in one process,
# each training a model in a function of its own, then asserts that ndl.autograd.TENSOR_COUNTER, the needle
# tensors still alive, is 387 +- 1000 after the SGD tests and 1132 +- 1000 after the Adam ones. A tensor a
# finished test made must be freed, as CPython frees it, so the counts stay under the bounds. The tests are
# run here in the same order, in one script, with the course's bounds; the Adam check's lower side (132)
# counts what the course's earlier tests (layers, init, data) left alive in the reference needle, which
# this script does not run, so only its upper side is checked.
import numpy as np
import needle as ndl
import needle.nn as nn


def global_tensor_count():
    return np.array(ndl.autograd.TENSOR_COUNTER)


def seeded_features(rows, cols):
    np.random.seed(rows * cols * 2)
    return ndl.Tensor(np.random.randint(0, 100, size=(rows, cols)) / 20, dtype="float32").cached_data


def seeded_labels(rows, classes):
    np.random.seed(rows * 1)
    return ndl.Tensor(np.random.randint(0, classes, size=(rows,))).cached_data.astype(np.uint8)


def learn(layers, optimizer, **settings):
    np.random.seed(42)
    model = nn.Sequential(*layers())
    X, y = seeded_features(1024, 64), seeded_labels(1024, 16)
    loss_fn = nn.SoftmaxLoss()
    opt = optimizer(model.parameters(), **settings)
    for Xb, yb in zip(np.array_split(X, 32), np.array_split(y, 32)):
        opt.reset_grad()
        loss = loss_fn(model(ndl.Tensor(Xb, dtype="float32")), ndl.Tensor(yb))
        loss.backward()
        opt.step()
    return np.array(loss.cached_data)


def mlp():
    return [nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 16)]


np.testing.assert_allclose(learn(mlp, ndl.optim.SGD, lr=0.01, momentum=0.0), np.array(3.207009), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(learn(mlp, ndl.optim.SGD, lr=0.01, momentum=0.9), np.array(3.311805), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(learn(mlp, ndl.optim.SGD, lr=0.01, momentum=0.0, weight_decay=0.01), np.array(3.202637), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(learn(mlp, ndl.optim.SGD, lr=0.01, momentum=0.9, weight_decay=0.01), np.array(3.306993), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(global_tensor_count(), np.array(387), rtol=1e-5, atol=1000)
print("SGD tests, then the SGD memory check: passed")

np.testing.assert_allclose(learn(mlp, ndl.optim.Adam, lr=0.001), np.array(3.703999), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(learn(mlp, ndl.optim.Adam, lr=0.001, weight_decay=0.01), np.array(3.705134), rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(
    learn(lambda: [nn.Linear(64, 32), nn.ReLU(), nn.BatchNorm1d(32), nn.Linear(32, 16)], ndl.optim.Adam, lr=0.001, weight_decay=0.001),
    np.array(3.296256, dtype=np.float32), rtol=1e-5, atol=1e-5)
assert global_tensor_count() <= 1132 + 1000, global_tensor_count()
print("Adam tests, then the Adam memory check: passed")

# the same loop at the top level, as a notebook cell runs it: each step's tensors go when the next step
# rebinds the names (a step of this model makes about twenty)
start = ndl.autograd.TENSOR_COUNTER
np.random.seed(42)
model = nn.Sequential(*mlp())
opt = ndl.optim.SGD(model.parameters(), lr=0.01)
X, y = seeded_features(1024, 64), seeded_labels(1024, 16)
for Xb, yb in zip(np.array_split(X, 32), np.array_split(y, 32)):
    opt.reset_grad()
    loss = nn.SoftmaxLoss()(model(ndl.Tensor(Xb, dtype="float32")), ndl.Tensor(yb))
    loss.backward()
    opt.step()
assert ndl.autograd.TENSOR_COUNTER - start < 60, ndl.autograd.TENSOR_COUNTER - start
print("a top-level training loop keeps one step's tensors: passed")
