# needle's hw2 layers, initialisers and ops against the values the reference needle gave in the course's
# tests (CMU 10-414/714 hw2, tests/test_nn_and_optim.py), on the tests' seeded data: features from
# np.random.seed(prod(shape) * ndim * entropy) then randint(0, 100) / 20 as float32. Each printed line is a
# group of those reference values reproduced to the tests' tolerance.
import numpy as np
import needle as ndl
from needle import nn


def seeded(*shape, entropy=1):
    np.random.seed(int(np.prod(shape)) * len(shape) * entropy)
    return ndl.Tensor(np.random.randint(0, 100, size=shape) / 20, dtype="float32")


def seeded_labels(rows, classes):
    np.random.seed(rows)
    return ndl.Tensor(np.random.randint(0, classes, size=(rows,)))


def close(got, want, tol=1e-5):
    np.testing.assert_allclose(np.asarray(got), np.array(want), rtol=tol, atol=tol)


# the course's test_check_prng_contact_us_if_this_fails_1: float32 data against a float32 array at 1e-8
np.testing.assert_allclose(seeded(3, 3).cached_data, np.array([[2.1, 0.95, 3.45], [3.1, 2.45, 2.3], [3.3, 0.4, 1.2]], dtype=np.float32),
                           rtol=1e-08, atol=1e-08)
close((seeded(2, 2) ** -1.5).cached_data, [[0.16309206, 0.11617859], [8., 0.10475656]])
print("seeded data and power_scalar")

close(ndl.ops.logsumexp(seeded(3, 3, 3), axes=(1, 2)).cached_data, [5.366029, 4.9753823, 6.208126])
close(ndl.ops.logsumexp(seeded(3, 3, 3), axes=None).cached_data, [6.7517853])
big = ndl.Tensor(np.array([[1e10, 1e9, 1e8, -10], [1e-10, 1e9, 1e8, -10]]))
close(ndl.ops.logsumexp(big, (0,)).numpy(), [1e10, 1e9, 1.00000001e8, -9.30685282])
(ndl.ops.logsumexp(big, (0,)) ** 2).sum().backward()
close(big.grad.cached_data, [[2e10, 9.99999999e8, 1.00000001e8, -9.30685282], [0.0, 9.99999999e8, 1.00000001e8, -9.30685282]])
column = seeded(3, 1)
(ndl.ops.logsumexp(column, axes=(1,)) ** 2).sum().backward()
close(column.grad.cached_data, [[1.], [7.3], [9.9]])
print("logsumexp, stable at 1e10, and its gradient")

np.random.seed(42)
close(ndl.init.kaiming_uniform(3, 5).numpy()[0], [-0.35485414, 1.2748126, 0.65617794, 0.27904832, -0.9729262], 1e-4)
np.random.seed(42)
close(ndl.init.kaiming_normal(3, 5).numpy()[0], [0.4055654, -0.11289233, 0.5288355, 1.2435486, -0.19118543], 1e-4)
np.random.seed(42)
close(ndl.init.xavier_uniform(3, 5, gain=1.5).numpy()[2], [-1.245558, 1.2208616, 0.8637113, -0.74736494, -0.826643], 1e-4)
np.random.seed(1337)
linear = nn.Linear(7, 4)
close(linear.weight.cached_data[6], [-6.5129338e-04, -5.9517515e-01, -1.6083106e-01, -5.5698222e-01])
close(linear.bias.cached_data, [[0.077647, 0.814139, -0.770975, 1.120297]])
print("init and Linear's initial weight and bias")

np.random.seed(42)
sequential = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 5))
close(sequential(seeded(3, 5)).cached_data[2], [3.04427, -0.25623, 3.848721, -6.586399, -0.576819])
close(nn.SoftmaxLoss()(seeded(5, 10), seeded_labels(5, 10)).cached_data, 4.041218)
close(nn.SoftmaxLoss()(seeded(3, 11), seeded_labels(3, 11)).cached_data, 3.3196716)
print("Sequential and SoftmaxLoss")

close(nn.LayerNorm1d(3)(seeded(3, 3)).cached_data[1], [1.3919864, -0.47999576, -0.911992])
row = seeded(1, 5)
(nn.LayerNorm1d(5)(row) ** 4).sum().backward()
close(row.grad.cached_data, [[0.150192, 0.702322, -3.321343, 0.31219, 2.156639]])
close(nn.BatchNorm1d(4)(seeded(4, 4)).cached_data[2], [8.5073310e-01, -1.4954363e+00, -9.6686421e-08, -1.6852506e+00])
affine = nn.BatchNorm1d(4)
affine.weight.data = seeded(4, entropy=42)
affine.bias.data = seeded(4, entropy=1337)
close(affine(seeded(4, 4)).cached_data[3], [-2.7771149, 3.23846, 1.9601259, 6.6683874])
print("LayerNorm1d and BatchNorm1d")

np.random.seed(3)
close(nn.Dropout(0.45)(seeded(2, 3)).cached_data, [[6.818182, 0., 0.], [0.18181819, 0., 6.090909]])
print("Dropout")
