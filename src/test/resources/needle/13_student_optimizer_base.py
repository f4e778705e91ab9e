# hw2's optim.py as a student writes it: SGD on needle's own optim.Optimizer base (CMU 10-414/714 hw2,
# python/needle/optim.py: Optimizer keeps params, reset_grad sets each grad to None, step is the
# subclass's). The student's SGD must train exactly as the library's ndl.optim.SGD (needle's momentum form,
# u = momentum * u + (1 - momentum) * (grad + weight_decay * w)).
import numpy as np
import needle as ndl
import needle.nn as nn


class SGD(ndl.optim.Optimizer):
    def __init__(self, params, lr=0.01, momentum=0.0, weight_decay=0.0):
        super().__init__(params)
        self.lr = lr
        self.momentum = momentum
        self.u = {}
        self.weight_decay = weight_decay

    def step(self):
        for p in self.params:
            if p.grad is None:
                continue
            g = p.grad.data + self.weight_decay * p.data
            self.u[p] = self.momentum * self.u.get(p, 0) + (1 - self.momentum) * g
            p.data = p.data - self.lr * self.u[p]


def train(make_optimizer):
    np.random.seed(1)
    model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3))
    opt = make_optimizer(model.parameters())
    X = ndl.Tensor(np.random.randn(16, 5))
    y = ndl.Tensor(np.random.randint(0, 3, size=(16,)))
    for _ in range(5):
        opt.reset_grad()
        loss = nn.SoftmaxLoss()(model(X), y)
        loss.backward()
        opt.step()
    return model, opt, loss.numpy()


mine, opt, loss_mine = train(lambda ps: SGD(ps, lr=0.1, momentum=0.9, weight_decay=0.01))
_, _, loss_lib = train(lambda ps: ndl.optim.SGD(ps, lr=0.1, momentum=0.9, weight_decay=0.01))
assert abs(loss_mine - loss_lib) < 1e-12, (loss_mine, loss_lib)
assert isinstance(opt, ndl.optim.Optimizer)
print("student SGD on ndl.optim.Optimizer trains as ndl.optim.SGD")

assert all(p.grad is not None for p in mine.parameters())
opt.reset_grad()
assert all(p.grad is None for p in mine.parameters())
print("reset_grad sets every grad to None")

try:
    ndl.optim.Optimizer(mine.parameters()).step()
    raise AssertionError("step() of the base must raise")
except NotImplementedError:
    print("the base's step raises NotImplementedError")
