# lr_scheduler state_dict() / load_state_dict() / last_epoch, as a checkpoint resumes a schedule.
import torch
torch.set_default_dtype(torch.float64)
p = [torch.zeros(2, requires_grad=True)]
o = torch.optim.SGD(p, lr=0.1)
s = torch.optim.lr_scheduler.StepLR(o, step_size=2, gamma=0.5)
print(s.state_dict())
for i in range(3):
    o.step()
    s.step()
sd = s.state_dict()
print(sd, s.last_epoch)
o2 = torch.optim.SGD(p, lr=0.1)
s2 = torch.optim.lr_scheduler.StepLR(o2, step_size=2, gamma=0.5)
s2.load_state_dict(sd)
print(s2.last_epoch, s2.get_last_lr(), o2.param_groups[0]['lr'])
o2.step()
s2.step()
print(s2.get_last_lr(), o2.param_groups[0]['lr'])
s4 = torch.optim.lr_scheduler.LambdaLR(o, lambda e: 0.9 ** e)
print(s4.state_dict())
s5 = torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=3)
print(s5.state_dict())
s6 = torch.optim.lr_scheduler.ExponentialLR(o, 0.9)
print(s6.state_dict())
s6.last_epoch = 5
print(s6.last_epoch)
s6.step()
print(s6.get_last_lr(), s6.last_epoch)
