# copy.deepcopy of learning-rate schedulers (StepLR, CosineAnnealingLR, LambdaLR, ReduceLROnPlateau): the copy has its own
# copy of the optimizer and of its settings and counters, and steps on its own, as PyTorch 1.13's deepcopy of __dict__.
# Recorded from torch 1.13.
import copy
import torch
torch.set_default_dtype(torch.float64)
m = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
sch = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
s2 = copy.deepcopy(sch)
print(type(s2).__name__, s2.optimizer is opt, s2.step_size, s2.gamma, s2.last_epoch, s2.get_last_lr())
for _ in range(3):
    opt.step(); sch.step()
print(sch.get_last_lr(), s2.get_last_lr(), opt.param_groups[0]['lr'], s2.optimizer.param_groups[0]['lr'])
s2.optimizer.step(); s2.step(); s2.step()
print(s2.get_last_lr(), s2.last_epoch, sch.last_epoch, s2.optimizer.param_groups[0]['lr'], opt.param_groups[0]['lr'])
print(sorted(k for k in s2.state_dict().keys()))
c = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=10)
c2 = copy.deepcopy(c); c2.step(); print(c2.get_last_lr(), c.get_last_lr())
l = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 0.9 ** e)
l2 = copy.deepcopy(l); l2.step(); print(l2.get_last_lr())
p = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=0)
p2 = copy.deepcopy(p); p2.step(1.0); p2.step(2.0); print(p2.optimizer.param_groups[0]['lr'], opt.param_groups[0]['lr'], p2.num_bad_epochs)
opt2 = torch.optim.Adam(m.parameters(), lr=0.01)
seq = torch.optim.lr_scheduler.SequentialLR(opt2, [torch.optim.lr_scheduler.ConstantLR(opt2, factor=0.5, total_iters=2), torch.optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)], milestones=[2])
both = copy.deepcopy({'opt': opt2, 'sched': seq})
print(both['sched'].optimizer is both['opt'], both['sched']._schedulers[0].optimizer is both['opt'] if hasattr(both['sched'], '_schedulers') else None)
for _ in range(4):
    both['opt'].step(); both['sched'].step()
print(both['sched'].get_last_lr(), seq.get_last_lr(), both['opt'].param_groups[0]['lr'], opt2.param_groups[0]['lr'])
w = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt2, T_0=2, T_mult=2)
w2 = copy.deepcopy(w)
for _ in range(3):
    w2.step()
print(type(w2).__name__, w2.T_i, w2.T_cur, w.T_i, w.T_cur, w2.get_last_lr())
