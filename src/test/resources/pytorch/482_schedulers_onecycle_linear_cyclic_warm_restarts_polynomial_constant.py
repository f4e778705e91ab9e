# torch.optim.lr_scheduler's OneCycleLR (cos and linear, three_phase, with SGD's momentum and
# Adam's beta1 cycled), LinearLR (warm-up), ConstantLR, PolynomialLR, CyclicLR (triangular,
# triangular2, exp_range, scale_fn, momentum), CosineAnnealingWarmRestarts (T_mult, step(epoch)
# with fractional epochs): the rates, the groups' keys, the argument checks, and the parameters
# an optimizer reaches under a cycled momentum.
import math
import torch
from torch.optim import lr_scheduler as S
torch.set_default_dtype(torch.float64)


def rates(make, steps=8, opt=None):
    o = opt or torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, momentum=0.9)
    s = make(o)
    out = [round(s.get_last_lr()[0], 10)]
    for i in range(steps):
        o.step()
        s.step()
        out.append(round(s.get_last_lr()[0], 10))
    return out, o


print(rates(lambda o: S.OneCycleLR(o, max_lr=1.0, total_steps=6), 6)[0])
out, o = rates(lambda o: S.OneCycleLR(o, max_lr=0.5, total_steps=10, anneal_strategy="linear", pct_start=0.4), 10)
print(out, sorted(o.param_groups[0].keys()), round(o.param_groups[0]["momentum"], 10), o.param_groups[0]["min_lr"])
print(rates(lambda o: S.OneCycleLR(o, max_lr=2, epochs=3, steps_per_epoch=4, three_phase=True, div_factor=10., final_div_factor=100), 12)[0])
adam = torch.optim.Adam([torch.zeros(1, requires_grad=True)], lr=0.1)
out, o = rates(lambda o: S.OneCycleLR(o, max_lr=0.01, total_steps=5, base_momentum=0.8, max_momentum=0.9), 4, adam)
print(out, o.param_groups[0]["betas"])
out, o = rates(lambda o: S.OneCycleLR(o, max_lr=0.01, total_steps=5, cycle_momentum=False), 4)
print(out, o.param_groups[0]["momentum"])
print(rates(lambda o: S.LinearLR(o, start_factor=0.5, total_iters=3))[0], rates(lambda o: S.LinearLR(o))[0], rates(lambda o: S.LinearLR(o, start_factor=1.0, end_factor=0.1, total_iters=4))[0])
print(rates(lambda o: S.ConstantLR(o))[0], rates(lambda o: S.ConstantLR(o, factor=0.5, total_iters=2))[0])
print(rates(lambda o: S.PolynomialLR(o, total_iters=4, power=2.0))[0], rates(lambda o: S.PolynomialLR(o))[0], rates(lambda o: S.PolynomialLR(o, total_iters=3, power=0.5))[0])
out, o = rates(lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=2), 9)
print(out, round(o.param_groups[0]["momentum"], 10))
print(rates(lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=2, step_size_down=3, mode="triangular2", cycle_momentum=False), 14)[0])
print(rates(lambda o: S.CyclicLR(o, 0.001, 0.1, step_size_up=3, mode="exp_range", gamma=0.9), 10)[0])
print(rates(lambda o: S.CyclicLR(o, 0.001, 0.1, step_size_up=2, scale_fn=lambda x: 1 / x, scale_mode="cycle"), 10)[0])
print(rates(lambda o: S.CyclicLR(o, 0.001, 0.1, step_size_up=2, scale_fn=lambda x: 0.5 ** x, scale_mode="iterations"), 6)[0])
print(rates(lambda o: S.CosineAnnealingWarmRestarts(o, T_0=2), 6)[0], rates(lambda o: S.CosineAnnealingWarmRestarts(o, T_0=2, T_mult=2, eta_min=0.001), 14)[0])
o = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
s = S.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2)
for epoch in range(4):
    for i in range(4):
        s.step(epoch + i / 4)
        print(round(s.get_last_lr()[0], 10), end=" ")
print(s.T_cur, s.T_i, s.last_epoch)
s = S.CosineAnnealingWarmRestarts(o, T_0=3)
s.step(7.5); print(round(s.get_last_lr()[0], 10), s.T_cur, s.last_epoch)
s.step(); print(round(s.get_last_lr()[0], 10), s.T_cur, s.last_epoch)
for bad in [lambda: S.OneCycleLR(o, max_lr=1.0), lambda: S.OneCycleLR(o, max_lr=1.0, total_steps=0), lambda: S.OneCycleLR(o, max_lr=1.0, total_steps=2.0),
            lambda: S.OneCycleLR(o, max_lr=1.0, epochs=2, steps_per_epoch=-1), lambda: S.OneCycleLR(o, max_lr=1.0, total_steps=5, pct_start=1),
            lambda: S.OneCycleLR(o, max_lr=1.0, total_steps=5, anneal_strategy="exp"), lambda: S.OneCycleLR(o, max_lr=[1.0, 2.0], total_steps=5),
            lambda: S.OneCycleLR(torch.optim.Adagrad([torch.zeros(1, requires_grad=True)]), max_lr=1.0, total_steps=5),
            lambda: S.LinearLR(o, start_factor=1.5), lambda: S.LinearLR(o, end_factor=-0.1), lambda: S.ConstantLR(o, factor=2),
            lambda: S.CyclicLR(o, 0.1, 1.0, mode="bad"), lambda: S.CyclicLR(torch.optim.Adam([torch.zeros(1, requires_grad=True)]), 0.1, 1.0),
            lambda: S.CosineAnnealingWarmRestarts(o, T_0=0), lambda: S.CosineAnnealingWarmRestarts(o, T_0=2, T_mult=0),
            lambda: S.CosineAnnealingWarmRestarts(o, T_0=2.0), lambda: S.CosineAnnealingWarmRestarts(o, T_0=2).step(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
o = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
s = S.OneCycleLR(o, max_lr=1.0, total_steps=3)
try:
    for i in range(5):
        o.step(); s.step()
except ValueError as e:
    print(i, e)
# a cycled momentum takes effect at once: SGD's momentum and Adam's beta1 under OneCycleLR
for make in [lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9), lambda p: torch.optim.Adam(p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.5, nesterov=True)]:
    w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    opt = make([w])
    sch = S.OneCycleLR(opt, max_lr=0.3, total_steps=10)
    for i in range(10):
        opt.zero_grad()
        ((w ** 2).sum() + w.prod()).backward()
        opt.step()
        sch.step()
    print([round(v, 12) for v in w.tolist()])
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sch = S.CyclicLR(opt, 0.01, 0.2, step_size_up=3)
for i in range(10):
    opt.zero_grad()
    ((w ** 2).sum() + w.prod()).backward()
    opt.step()
    sch.step()
print([round(v, 12) for v in w.tolist()], opt.defaults["momentum"], sorted(opt.defaults))
