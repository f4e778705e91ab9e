# lr_scheduler's get_lr() called outside step() (old tutorials print it): PyTorch's warning and the
# chainable form's next rates, nothing stepped; SequentialLR's and ChainedScheduler's state_dict()
# (each schedule's own in _schedulers) and load_state_dict, and their get_lr (NotImplementedError).
import warnings
import torch
from torch.optim import lr_scheduler as S
torch.set_default_dtype(torch.float64)


def opt(lr=0.1):
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    o = opt()
    s = S.LinearLR(o, start_factor=0.5, total_iters=2)
    o.step()
    s.step()
    print(s.get_last_lr(), s.get_lr(), s.get_lr(), s.get_last_lr(), s.last_epoch, o.param_groups[0]["lr"])
    print([str(w.message) for w in caught if "get_last_lr" in str(w.message)])
for name, make in [("StepLR", lambda o: S.StepLR(o, 2, 0.5)), ("MultiStepLR", lambda o: S.MultiStepLR(o, [1, 3], 0.1)),
                   ("ExponentialLR", lambda o: S.ExponentialLR(o, 0.9)), ("CosineAnnealingLR", lambda o: S.CosineAnnealingLR(o, 4)),
                   ("LambdaLR", lambda o: S.LambdaLR(o, lambda e: 0.5 ** e)), ("MultiplicativeLR", lambda o: S.MultiplicativeLR(o, lambda e: 0.9)),
                   ("ConstantLR", lambda o: S.ConstantLR(o, factor=0.5, total_iters=2)), ("PolynomialLR", lambda o: S.PolynomialLR(o, 4, 2.0)),
                   ("CosineAnnealingWarmRestarts", lambda o: S.CosineAnnealingWarmRestarts(o, 3)),
                   ("CyclicLR", lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=2, cycle_momentum=False)),
                   ("OneCycleLR", lambda o: S.OneCycleLR(o, 0.1, total_steps=10, cycle_momentum=False))]:
    warnings.simplefilter("ignore")
    o = opt()
    s = make(o)
    out = []
    for i in range(3):
        o.step()
        s.step()
        out.append((s.get_last_lr()[0], s.get_lr()[0]))
    print(name, out)
warnings.simplefilter("ignore")
o = opt()
s = S.SequentialLR(o, [S.LinearLR(o, start_factor=0.1, total_iters=3), S.CosineAnnealingLR(o, T_max=5)], milestones=[3])
for _ in range(4):
    o.step()
    s.step()
sd = s.state_dict()
print(sd)
o2 = opt()
s2 = S.SequentialLR(o2, [S.LinearLR(o2, start_factor=0.1, total_iters=3), S.CosineAnnealingLR(o2, T_max=5)], milestones=[3])
s2.load_state_dict(sd)
print(s2.last_epoch, s2.get_last_lr(), s2._schedulers[1].last_epoch, s2._milestones)
o2.param_groups[0]["lr"] = s2.get_last_lr()[0]
for _ in range(3):
    o2.step()
    s2.step()
    o.step()
    s.step()
    print(s.get_last_lr(), s2.get_last_lr())
c = S.ChainedScheduler([S.ConstantLR(o, factor=0.5, total_iters=2), S.ExponentialLR(o, gamma=0.9)])
c.step()
print(c.state_dict())
for f in [s.get_lr, c.get_lr]:
    try:
        f()
    except NotImplementedError as e:
        print("NotImplementedError", repr(str(e)))
