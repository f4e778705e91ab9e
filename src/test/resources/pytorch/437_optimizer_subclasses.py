# U24: subclasses of the built-in optimizers (torch.optim.Adam, SGD, ...) and of Optimizer:
# construction, super().__init__/step, extra arguments, state_dict round trips, __getstate__,
# and learning-rate schedulers over them.
import torch
from torch import nn
from torch.optim import Optimizer, SGD, Adam
torch.set_default_dtype(torch.float64)


class A(Adam):
    pass


q = nn.Parameter(torch.tensor([3.0, -1.0]))
o = A([q], lr=0.1)
print(type(o).__name__, isinstance(o, Adam), isinstance(o, Optimizer))
(q ** 2).sum().backward()
o.step()
print(q.data, sorted(o.state[q].keys()), o.state[q]["step"])
print(o)
print(o.defaults["lr"], o.param_groups[0]["betas"])


class B(SGD):
    def __init__(self, params, lr=0.1):
        super().__init__(params, lr=lr)


q = nn.Parameter(torch.tensor([3.0]))
o = B([q])
(q * 2).sum().backward()
o.step()
print(q.data, o.param_groups[0]["lr"], o.defaults["momentum"])


class Noisy(SGD):
    def step(self, closure=None):
        print("before step", self.param_groups[0]["lr"])
        return super().step(closure)


q2 = nn.Parameter(torch.tensor([1.0]))
o3 = Noisy([q2], lr=0.1, momentum=0.9)
for _ in range(2):
    o3.zero_grad()
    (q2 * 3).sum().backward()
    o3.step()
print(q2.data, o3.state[q2]["momentum_buffer"])
print(o3)
loss = o3.step(lambda: (q2 * 3).sum())
print("closure loss", loss)


class Clipped(torch.optim.Adam):
    def __init__(self, params, max_norm=1.0, **kw):
        self.max_norm = max_norm
        super().__init__(params, **kw)

    def step(self, closure=None):
        for g in self.param_groups:
            torch.nn.utils.clip_grad_norm_(g["params"], self.max_norm)
        return super().step(closure)


q3 = nn.Parameter(torch.tensor([3.0, 4.0]))
o4 = Clipped([q3], max_norm=1.0, lr=0.1)
(q3 * 10).sum().backward()
o4.step()
print(q3.data, q3.grad, o4.max_norm, o4.state_dict()["param_groups"][0]["lr"])
sd = o4.state_dict()
print(sorted(sd["state"][0].keys()), sd["param_groups"][0]["params"])
o5 = Clipped([q3], max_norm=2.0, lr=0.5)
print(o5.load_state_dict(sd), o5.param_groups[0]["lr"], o5.max_norm, o5.state[q3]["exp_avg"])
print(sorted(o4.__getstate__().keys()))

# a scheduler over a subclass of a built-in optimizer
q4 = nn.Parameter(torch.tensor([1.0]))
o6 = Noisy([q4], lr=1.0)
sch = torch.optim.lr_scheduler.StepLR(o6, 2, 0.5)
for _ in range(3):
    (q4 * 2).sum().backward()
    o6.step()
    sch.step()
    print(sch.get_last_lr(), o6._step_count, sch.optimizer is o6)
o7 = A([nn.Parameter(torch.ones(1))], lr=0.2)
oc = torch.optim.lr_scheduler.OneCycleLR(o7, max_lr=1.0, total_steps=4)
print(oc.get_last_lr(), o7.param_groups[0]["betas"])


class MyOpt(Optimizer):
    def __init__(self, params, lr=0.1):
        super().__init__(params, dict(lr=lr))

    @torch.no_grad()
    def step(self, closure=None):
        for g in self.param_groups:
            for p in g["params"]:
                if p.grad is None:
                    continue
                st = self.state[p]
                st["n"] = st.get("n", 0) + 1
                p.sub_(g["lr"] * p.grad)


q = nn.Parameter(torch.tensor([1.0, 2.0]))
o = MyOpt([q], lr=0.5)
for _ in range(2):
    o.zero_grad()
    (q ** 2).sum().backward()
    o.step()
sd = o.state_dict()
o2 = MyOpt([q], lr=0.1)
print(o2.load_state_dict(sd), o2.param_groups[0]["lr"], dict(o2.state[q]))
st = o.__getstate__()
print(sorted(st.keys()), st["defaults"], st["state"][q])
o2.__setstate__(st)
print(o2.defaults, o2.param_groups[0]["lr"])
sch = torch.optim.lr_scheduler.StepLR(o, 1, 0.5)
print(sch.get_last_lr(), o._step_count)
o.step()
sch.step()
print(sch.get_last_lr(), o._step_count, o.param_groups[0]["lr"])
pl = torch.optim.lr_scheduler.ReduceLROnPlateau(o, patience=0, factor=0.5)
pl.step(1.0)
pl.step(2.0)
print(o.param_groups[0]["lr"])
lam = torch.optim.lr_scheduler.LambdaLR(MyOpt([nn.Parameter(torch.ones(1))], lr=1.0), lambda e: 1 / (e + 1))
lam.step()
print(lam.get_last_lr())
try:
    torch.optim.lr_scheduler.StepLR(object(), 1)
except TypeError as e:
    print("TypeError", e)
for f in [lambda: A(), lambda: A([q], lr=-1), lambda: A([q], foo=1), lambda: A(q), lambda: torch.optim.SGD([q], lr=0.1, bar=2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class NoInit(SGD):
    def __init__(self, params):
        pass


try:
    NoInit([q]).step()
except AttributeError as e:
    print("AttributeError", e)
o = A([q], lr=0.1)
print(type(o.state).__name__, o.state, type(torch.optim.SGD([q], lr=0.1).state).__name__)
o.add_param_group({"params": [nn.Parameter(torch.ones(1))], "lr": 0.5})
print(len(o.param_groups), o.param_groups[1]["lr"], o.param_groups[1]["betas"], issubclass(A, Adam))
