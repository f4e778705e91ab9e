# ReduceLROnPlateau (mode min/max, patience, cooldown, min_lr, threshold_mode) fed a validation
# loss as a 0-d tensor or a float; then the schedulers' argument errors.
import torch
from torch import nn, optim
from torch.optim import lr_scheduler
torch.set_default_dtype(torch.float64)

w = nn.Parameter(torch.ones(2))
opt = optim.SGD([w], lr=1.0)
sch = lr_scheduler.ReduceLROnPlateau(opt, patience=2, factor=0.5, cooldown=1, min_lr=0.2)
losses = [1.0, 0.9, 0.95, 0.95, 0.95, 0.91, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95]
for epoch, loss in enumerate(losses):
    opt.step()
    sch.step(torch.tensor(loss))
    print(epoch, opt.param_groups[0]["lr"], sch.num_bad_epochs, sch.best, sch._last_lr)
opt = optim.Adam([w], lr=0.1)
sch = lr_scheduler.ReduceLROnPlateau(opt, mode="max", patience=0, threshold=0.1, threshold_mode="abs")
for acc in [0.5, 0.55, 0.7, 0.75, 0.9]:
    sch.step(acc)
    print(opt.param_groups[0]["lr"], sch.best, sch.last_epoch)
print(hasattr(sch, "get_last_lr"), sch.in_cooldown)
for make in [lambda: lr_scheduler.ReduceLROnPlateau(opt, factor=1.5),
             lambda: lr_scheduler.ReduceLROnPlateau(opt, mode="low"),
             lambda: lr_scheduler.LambdaLR(opt, [lambda e: 1, lambda e: 2]),
             lambda: lr_scheduler.StepLR([w], 2)]:
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
lr_scheduler.StepLR(opt)
