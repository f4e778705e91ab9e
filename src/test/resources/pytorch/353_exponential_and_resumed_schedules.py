# Tensor.exponential_ draws PyTorch's numbers under manual_seed (and with a generator); an
# lr_scheduler built with last_epoch= resumes a schedule: it needs the initial_lr a schedule left in
# param_groups (PyTorch's KeyError otherwise) and its first step is epoch last_epoch + 1.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
print(torch.empty(5).exponential_())
print(torch.empty(2, 3).exponential_(lambd=2.5))
g = torch.Generator().manual_seed(42)
print(torch.zeros(4).exponential_(0.5, generator=g))
t = torch.ones(3)
r = t.exponential_()
print(r is t, t.requires_grad)
try:
    print(torch.ones(2).exponential_(0))
    torch.ones(2).exponential_(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sch = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(3):
    opt.step()
    sch.step()
print(sch.last_epoch, sch.get_last_lr(), opt.param_groups[0]["lr"], opt.param_groups[0]["initial_lr"])
resumed = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5, last_epoch=sch.last_epoch)
print(resumed.last_epoch, resumed.get_last_lr(), resumed.base_lrs)
for epoch in range(3):
    opt.step()
    resumed.step()
    print(resumed.last_epoch, resumed.get_last_lr())
opt2 = torch.optim.SGD([w], lr=0.1)
opt2.param_groups[0]["initial_lr"] = 0.1
e = torch.optim.lr_scheduler.ExponentialLR(opt2, 0.9, 4)
print(e.last_epoch, e.get_last_lr())
c = torch.optim.lr_scheduler.CosineAnnealingLR(opt2, T_max=10, last_epoch=5)
print(c.last_epoch, c.get_last_lr())
lam = torch.optim.lr_scheduler.LambdaLR(opt2, lambda ep: 1 / (ep + 1), last_epoch=2)
print(lam.last_epoch, lam.get_last_lr())
fresh = torch.optim.SGD([w], lr=0.1)
try:
    torch.optim.lr_scheduler.MultiStepLR(fresh, milestones=[2, 4], last_epoch=3)
except KeyError as err:
    print("KeyError:", err)
torch.optim.lr_scheduler.StepLR(fresh, 3, last_epoch=0)
