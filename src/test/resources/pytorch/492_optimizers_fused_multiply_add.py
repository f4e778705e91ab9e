# torch.optim's updates to the last bit: PyTorch's CPU kernels fuse the multiply-adds of add_(x,
# alpha=a) and addcmul_ (one rounding), so SGD's momentum buffer, Adam's moments, RMSprop's and
# Adagrad's sums and the weight decay drift by an ulp within a few steps when rounded twice.
# Rosenbrock's function of a 2-element and of an 11-element parameter (PyTorch's 8-wide vector loop
# and its scalar tail), 150 steps of each optimizer, the parameters printed in full.
import torch
torch.set_default_dtype(torch.float64)
O = torch.optim


def loss(x):
    return ((1 - x[:-1]) ** 2 + 100 * (x[1:] - x[:-1] ** 2) ** 2).sum()


def run(make, start, steps=150, sign=1):
    x = torch.tensor(start, requires_grad=True)
    opt = make([x])
    for i in range(steps):
        opt.zero_grad()
        (sign * loss(x)).backward()
        opt.step()
    return x.tolist()


small = [-1.5, 2.0]
large = [-1.5, 2.0, 0.5, -0.3, 1.2, 0.1, -0.8, 0.9, 1.1, -1.0, 0.4]
cases = [
    ("SGD", lambda p: O.SGD(p, lr=0.0005)),
    ("SGD momentum wd", lambda p: O.SGD(p, lr=0.0005, momentum=0.9, weight_decay=0.1)),
    ("SGD nesterov", lambda p: O.SGD(p, lr=0.0003, momentum=0.9, nesterov=True)),
    ("Adam", lambda p: O.Adam(p, lr=0.01)),
    ("Adam wd amsgrad", lambda p: O.Adam(p, lr=0.01, weight_decay=0.1, amsgrad=True)),
    ("AdamW", lambda p: O.AdamW(p, lr=0.01, weight_decay=0.05)),
    ("Adagrad", lambda p: O.Adagrad(p, lr=0.1, weight_decay=0.1, lr_decay=0.01)),
    ("RMSprop", lambda p: O.RMSprop(p, lr=0.005)),
    ("RMSprop centered momentum", lambda p: O.RMSprop(p, lr=0.001, momentum=0.9, centered=True, weight_decay=0.1)),
    ("Adadelta", lambda p: O.Adadelta(p, lr=1.0)),
    ("Adadelta wd", lambda p: O.Adadelta(p, lr=0.5, weight_decay=0.1)),
    ("RAdam", lambda p: O.RAdam(p, lr=0.0002, weight_decay=0.01)),
    ("NAdam", lambda p: O.NAdam(p, lr=0.01, weight_decay=0.01)),
    ("Adamax", lambda p: O.Adamax(p, lr=0.01, weight_decay=0.01)),
    ("ASGD", lambda p: O.ASGD(p, lr=0.0005, weight_decay=0.01)),
]
for name, make in cases:
    print(name, run(make, small))
    print(name, run(make, large))
for name, make in [("SGD maximize", lambda p: O.SGD(p, lr=0.0005, momentum=0.5, dampening=0.3, weight_decay=0.01, maximize=True)),
                   ("Adam maximize", lambda p: O.Adam(p, lr=0.01, weight_decay=0.1, maximize=True)),
                   ("RMSprop maximize", lambda p: O.RMSprop(p, lr=0.005, weight_decay=0.1, maximize=True))]:
    print(name, run(make, small, sign=-1))
    print(name, run(make, large, sign=-1))
