# torch.optim.lr_scheduler.SequentialLR (a LinearLR warm-up then CosineAnnealingLR or ExponentialLR,
# each restarted at its milestone by step(0), the closed form) and ChainedScheduler (ConstantLR and
# ExponentialLR together); the deprecated step(epoch) of the built-in schedules (their closed forms,
# LambdaLR's get_lr); the checks.
import warnings
import torch
from torch.optim import lr_scheduler as S
torch.set_default_dtype(torch.float64)
warnings.simplefilter("ignore")


def opt(lr=1.0):
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr, momentum=0.9)


def run(o, s, steps):
    out = [round(s.get_last_lr()[0], 10)]
    for i in range(steps):
        o.step()
        s.step()
        out.append(round(s.get_last_lr()[0], 10))
    return out


o = opt()
s = S.SequentialLR(o, [S.LinearLR(o, start_factor=0.1, total_iters=3), S.CosineAnnealingLR(o, T_max=5)], milestones=[3])
print(run(o, s, 10), s.last_epoch, o.param_groups[0]["lr"])
o = opt(0.5)
s = S.SequentialLR(o, [S.ConstantLR(o, factor=0.1, total_iters=2), S.ExponentialLR(o, gamma=0.9), S.StepLR(o, 2, 0.5)], milestones=[2, 5])
print(run(o, s, 9))
o = opt()
s = S.ChainedScheduler([S.ConstantLR(o, factor=0.1, total_iters=2), S.ExponentialLR(o, gamma=0.9)])
print(run(o, s, 5))
for make in [lambda o: S.StepLR(o, 2, 0.5), lambda o: S.MultiStepLR(o, [2, 4, 4], 0.1), lambda o: S.ExponentialLR(o, 0.9), lambda o: S.CosineAnnealingLR(o, 4, 0.01),
             lambda o: S.ConstantLR(o, 0.5, 3), lambda o: S.LinearLR(o, 0.25, 0.75, 4), lambda o: S.PolynomialLR(o, 4, 2.0), lambda o: S.LambdaLR(o, lambda e: 1 / (e + 1))]:
    o = opt(0.1)
    s = make(o)
    out = []
    for e in [3, 1, 5, 0, 2]:
        o.step()
        s.step(e)
        out.append(round(s.get_last_lr()[0], 10))
    print(type(s).__name__, out, s.last_epoch)
o, o2 = opt(), opt()
for bad in [lambda: S.SequentialLR(o, [S.StepLR(o, 2), S.StepLR(o2, 2)], milestones=[2]), lambda: S.SequentialLR(o, [S.StepLR(o, 2)], milestones=[2]),
            lambda: S.ChainedScheduler([S.StepLR(o, 2), S.StepLR(o2, 2)])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
