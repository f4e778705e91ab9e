# torch.optim's Adadelta, Adamax, NAdam, RAdam, ASGD and Rprop: the parameters after steps on a
# small loss (defaults and the options), param_groups' keys in PyTorch's order, the printed
# optimizer, state_dict() names, the hyperparameter checks, step(closure) returning the loss, and
# a state carried over load_state_dict. NAdam and ASGD keep 0-d state tensors in the default dtype:
# the first block runs with PyTorch's float32 default (the parameters float64), the rest after
# set_default_dtype(float64).
import torch
O = torch.optim


def run(make, steps=5, start=(1.0, -2.0, 3.0)):
    w = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = make([w])
    for i in range(steps):
        opt.zero_grad()
        loss = (w ** 2).sum() + w.prod()
        loss.backward()
        opt.step()
    return [round(v, 12) for v in w.tolist()]


print("nadam32", run(lambda p: O.NAdam(p)), run(lambda p: O.NAdam(p, lr=0.1, momentum_decay=0.01), steps=30))
print("asgd32", run(lambda p: O.ASGD(p)), run(lambda p: O.ASGD(p, lr=0.05, lambd=0.01, alpha=0.5, t0=3), steps=12))
torch.set_default_dtype(torch.float64)
for name, mk in [("Adadelta", lambda p: O.Adadelta(p)), ("Adadelta2", lambda p: O.Adadelta(p, lr=0.5, rho=0.5, eps=1e-4, weight_decay=0.1, maximize=True)),
                 ("Adamax", lambda p: O.Adamax(p)), ("Adamax2", lambda p: O.Adamax(p, lr=0.1, betas=(0.5, 0.9), weight_decay=0.2)),
                 ("NAdam", lambda p: O.NAdam(p)), ("NAdam2", lambda p: O.NAdam(p, lr=0.05, betas=(0.8, 0.99), weight_decay=0.1, momentum_decay=0.1)),
                 ("RAdam", lambda p: O.RAdam(p)), ("RAdam2", lambda p: O.RAdam(p, lr=0.1, betas=(0.9, 0.9), weight_decay=0.01)),
                 ("ASGD", lambda p: O.ASGD(p)), ("ASGD2", lambda p: O.ASGD(p, lr=0.05, lambd=0.01, alpha=0.5, t0=3, weight_decay=0.1)),
                 ("Rprop", lambda p: O.Rprop(p)), ("Rprop2", lambda p: O.Rprop(p, lr=0.1, etas=(0.3, 1.5), step_sizes=(0.01, 0.2), maximize=True))]:
    print(name, run(mk), run(mk, steps=25))
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
for opt in [O.Adadelta([w]), O.Adamax([w]), O.NAdam([w]), O.RAdam([w]), O.ASGD([w]), O.Rprop([w])]:
    print(list(opt.param_groups[0].keys()))
    print(opt)
    print(isinstance(opt, O.Optimizer), type(opt).__name__)
opt = O.Rprop([w], lr=0.1)
((w ** 2).sum()).backward()
opt.step()
print(opt.state_dict())
opt = O.Adadelta([w])
opt.step()
print(opt.state_dict())
for bad in [lambda: O.Adadelta([w], lr=-1), lambda: O.Adadelta([w], rho=1.5), lambda: O.Adadelta([w], eps=-1.0), lambda: O.Adadelta([w], weight_decay=-0.5),
            lambda: O.Adamax([w], betas=(1.0, 0.9)), lambda: O.Adamax([w], betas=(0.9, -0.1)), lambda: O.Adamax([w], eps=-1e-8),
            lambda: O.NAdam([w], momentum_decay=-1), lambda: O.NAdam([w], weight_decay=-2), lambda: O.RAdam([w], lr=-0.5), lambda: O.RAdam([w], betas=(0.9, 1)),
            lambda: O.ASGD([w], lr=-1), lambda: O.ASGD([w], weight_decay=-1), lambda: O.Rprop([w], etas=(1.5, 1.2)), lambda: O.Rprop([w], etas=(0.5, 1)),
            lambda: O.Rprop([w], lr=-0.1), lambda: O.Adamax([w], betas=0.9), lambda: O.NAdam(lr=0.1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# step(closure): the closure runs with grad enabled and its loss is returned
v = torch.tensor([0.5, -1.5], requires_grad=True)
opt = O.RAdam([v], lr=0.1)


def closure():
    opt.zero_grad()
    loss = (v ** 2).sum()
    loss.backward()
    return loss


with torch.no_grad():
    for i in range(8):
        print(opt.step(closure).item(), end=" ")
print(v)
# state carried over load_state_dict
a = torch.tensor([1.0, 2.0], requires_grad=True)
opt = O.NAdam([a], lr=0.1)
for i in range(3):
    opt.zero_grad(); (a ** 3).sum().backward(); opt.step()
saved = opt.state_dict()
print(saved["state"][0]["step"], saved["param_groups"])
b = torch.tensor(a.tolist(), requires_grad=True)
opt2 = O.NAdam([b], lr=0.1)
opt2.load_state_dict(saved)
for o, t in [(opt, a), (opt2, b)]:
    for i in range(3):
        o.zero_grad(); (t ** 3).sum().backward(); o.step()
print(a, b)
