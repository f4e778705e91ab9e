# torch.optim.lr_scheduler in the warning-free order (optimizer.step() then scheduler.step()):
# StepLR, MultiStepLR, ExponentialLR, CosineAnnealingLR (chainable form, past T_max), LambdaLR,
# MultiplicativeLR; get_last_lr(), param_groups[i]["lr"] as the schedulers write it (and a rate
# set by hand carried on), initial_lr in the groups, base_lrs/last_epoch.
import torch
from torch import nn, optim
from torch.optim.lr_scheduler import StepLR, MultiStepLR, ExponentialLR, CosineAnnealingLR, LambdaLR
torch.set_default_dtype(torch.float64)

w = nn.Parameter(torch.tensor([1.0, -2.0]))


def run(make, epochs, lr=0.1, **kw):
    opt = optim.SGD([w], lr=lr, **kw)
    sch = make(opt)
    seen = [sch.get_last_lr()]
    for epoch in range(epochs):
        opt.zero_grad()
        (w ** 2).sum().backward()
        opt.step()
        sch.step()
        seen.append(opt.param_groups[0]["lr"])
    return sch, seen


sch, seen = run(lambda o: StepLR(o, step_size=3, gamma=0.5), 8)
print(seen, sch.get_last_lr(), sch.last_epoch, sch.base_lrs)
print(sch.optimizer.param_groups[0]["initial_lr"], w)
sch, seen = run(lambda o: MultiStepLR(o, milestones=[2, 5, 5], gamma=0.1), 7)
print(seen)
sch, seen = run(lambda o: ExponentialLR(o, gamma=0.9), 5, lr=1)
print(seen)
sch, seen = run(lambda o: CosineAnnealingLR(o, T_max=4), 12)
print(seen)
sch, seen = run(lambda o: CosineAnnealingLR(o, 5, eta_min=0.01), 11, lr=0.5)
print(seen)
sch, seen = run(lambda o: LambdaLR(o, lr_lambda=lambda epoch: 0.95 ** epoch), 4)
print(seen)
sch, seen = run(lambda o: torch.optim.lr_scheduler.MultiplicativeLR(o, lambda e: 0.5), 3, lr=2)
print(seen)
sch, seen = run(lambda o: StepLR(o, 1, gamma=0.5), 0, lr=1)
print(seen, sch.step_size, sch.gamma)

# two groups, one lambda each; a rate set by hand between steps is carried on by StepLR
opt = optim.SGD([{"params": [w]}, {"params": [nn.Parameter(torch.ones(1))], "lr": 0.01}], lr=0.1, momentum=0.9)
sch = LambdaLR(opt, [lambda e: 1 / (e + 1), lambda e: 2 ** e])
for _ in range(3):
    opt.step()
    sch.step()
print(sch.get_last_lr(), [g["lr"] for g in opt.param_groups])
print(opt)
opt = optim.Adam([w], lr=0.1)
sch = StepLR(opt, 2, 0.1)
for epoch in range(6):
    opt.step()
    if epoch == 2:
        opt.param_groups[0]["lr"] = 1.0
    sch.step()
    print(epoch, sch.get_last_lr())
