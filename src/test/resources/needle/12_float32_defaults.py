# needle's default dtype is float32 (CMU 10-414/714 hw2, python/needle/init/init_basic.py: rand, randn,
# constant, ones, zeros, one_hot take dtype="float32"; python/needle/nn/nn_basic.py: Linear, BatchNorm1d and
# LayerNorm1d take device=None, dtype="float32"), so a model's parameters, outputs, losses and gradients
# are float32, and an optimiser step keeps them so. Values against the course's tests (tests/hw2/
# test_nn_and_optim.py: test_nn_linear_weight_init_1, test_nn_linear_bias_init_1, test_init_kaiming_uniform_1).
import numpy as np
import needle as ndl
import needle.nn as nn


def seeded(*shape, entropy=1):
    np.random.seed(int(np.prod(shape)) * len(shape) * entropy)
    return ndl.Tensor(np.random.randint(0, 100, size=shape) / 20, dtype="float32")


np.random.seed(1337)
linear = nn.Linear(7, 4)
np.testing.assert_allclose(linear.weight.cached_data[6], np.array([-6.5129338e-04, -5.9517515e-01, -1.6083106e-01, -5.5698222e-01],
                                                                   dtype=np.float32), rtol=1e-5, atol=1e-5)
print(repr(linear.bias))
print(linear.weight.dtype, linear.bias.dtype, linear.weight.numpy().dtype)
np.random.seed(42)
print(repr(ndl.init.kaiming_uniform(3, 5).numpy()[0]))

made = [ndl.init.rand(2), ndl.init.randn(2), ndl.init.constant(2, c=3), ndl.init.ones(2), ndl.init.zeros(2), ndl.init.randb(2),
        ndl.init.one_hot(3, ndl.Tensor([1])), ndl.init.xavier_uniform(2, 2), ndl.init.xavier_normal(2, 2),
        ndl.init.kaiming_uniform(2, 2), ndl.init.kaiming_normal(2, 2), ndl.ones(1), ndl.zeros(1)]
print("init:", {str(t.dtype) for t in made})
print("asked:", ndl.init.rand(2, dtype="float64").dtype, ndl.init.zeros_like(ndl.Tensor([1.0])).dtype,
      ndl.init.ones_like(ndl.init.ones(1)).dtype, nn.Linear(2, 2, dtype="float64").weight.dtype,
      nn.LayerNorm1d(2, device=ndl.cpu(), dtype="float32").weight.dtype)

x, y = seeded(8, 6), ndl.Tensor([0, 1, 2, 3, 0, 1, 2, 3])
layers = [nn.Linear(6, 5), nn.ReLU(), nn.BatchNorm1d(5), nn.Dropout(0.2), nn.Residual(nn.Linear(5, 5)), nn.LayerNorm1d(5),
          nn.Linear(5, 4), nn.Flatten()]
model = nn.Sequential(*layers)
h = x
for layer in layers:
    h = layer(h)
    assert h.dtype == "float32", (layer, h.dtype)
loss = nn.SoftmaxLoss()(model(x), y)
loss.backward()
print("forward:", loss.dtype, "gradients:", {str(p.grad.dtype) for p in model.parameters()})
model.eval()
print("eval:", model(x).dtype, layers[2].running_mean.dtype, layers[2].running_var.dtype)
for opt in [ndl.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=0.01),
            ndl.optim.Adam(model.parameters(), lr=0.01, weight_decay=0.01)]:
    model.train()
    opt.reset_grad()
    nn.SoftmaxLoss()(model(x), y).backward()
    opt.step()
    print(type(opt).__name__, "step:", {str(p.dtype) for p in model.parameters()})
