# U13: verbose=True schedulers print PyTorch 1.13's lines (print_lr and ReduceLROnPlateau's
# _reduce_lr), at construction and at each step, with step(epoch) and for a subclass of _LRScheduler.
import torch
from torch import nn
torch.set_default_dtype(torch.float64)
w = nn.Parameter(torch.ones(1))
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5, verbose=True)
for loss in [1.0, 1.0, 1.0, 1.0, 0.5, 0.6, 0.7]:
    opt.step()
    s.step(loss)
print(opt.param_groups[0]["lr"], s.verbose)
opt = torch.optim.SGD([{"params": [w]}, {"params": [nn.Parameter(torch.ones(1))], "lr": 1}], lr=0.1)
s = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=0, verbose=True, min_lr=[0.05, 0])
for loss in [1.0, 2.0, 3.0]:
    opt.step()
    s.step(loss)
print("StepLR")
opt2 = torch.optim.SGD([w], lr=0.1)
s2 = torch.optim.lr_scheduler.StepLR(opt2, step_size=2, gamma=0.1, verbose=True)
for _ in range(3):
    opt2.step()
    s2.step()
print(s2.verbose, s2.state_dict()["verbose"])
print("CosineAnnealingLR")
opt3 = torch.optim.SGD([w], lr=1)
s3 = torch.optim.lr_scheduler.CosineAnnealingLR(opt3, T_max=4, verbose=True)
for _ in range(2):
    opt3.step()
    s3.step()
s3.step(3)
print("LambdaLR, two groups")
opt4 = torch.optim.SGD([{"params": [w]}, {"params": [nn.Parameter(torch.ones(1))], "lr": 0.5}], lr=0.1)
s4 = torch.optim.lr_scheduler.LambdaLR(opt4, lambda e: 0.5 ** e, verbose=True)
opt4.step()
s4.step()
print("OneCycleLR")
opt5 = torch.optim.SGD([w], lr=0.1, momentum=0.9)
s5 = torch.optim.lr_scheduler.OneCycleLR(opt5, max_lr=1.0, total_steps=3, verbose=True)
opt5.step()
s5.step()
print("CosineAnnealingWarmRestarts")
opt6 = torch.optim.SGD([w], lr=0.1)
s6 = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt6, T_0=2, verbose=True)
opt6.step()
s6.step()
s6.step(1.5)
print("ExponentialLR quiet")
opt7 = torch.optim.SGD([w], lr=0.1)
s7 = torch.optim.lr_scheduler.ExponentialLR(opt7, gamma=0.5)
opt7.step()
s7.step()
print(s7.verbose, s7.get_last_lr())


class Warmup(torch.optim.lr_scheduler._LRScheduler):
    def get_lr(self):
        return [base * min(1.0, (self.last_epoch + 1) / 2) for base in self.base_lrs]


opt8 = torch.optim.SGD([w], lr=0.2)
s8 = Warmup(opt8, verbose=True)
opt8.step()
s8.step()
print(s8.get_last_lr())
