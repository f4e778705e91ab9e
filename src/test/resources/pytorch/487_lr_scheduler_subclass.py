# torch.optim.lr_scheduler._LRScheduler subclassed for a schedule of one's own (a linear warm-up,
# Noam's rate with _get_closed_form_lr for step(epoch)): base_lrs, last_epoch, get_last_lr(),
# the groups' lr, state_dict(), the step-order warning's absence in the right order, and the
# errors of a missing get_lr and of a non-optimizer.
import warnings
import torch
from torch.optim.lr_scheduler import _LRScheduler
torch.set_default_dtype(torch.float64)


class WarmUp(_LRScheduler):
    def __init__(self, optimizer, warmup, last_epoch=-1):
        self.warmup = warmup
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        scale = min(1.0, (self.last_epoch + 1) / self.warmup)
        return [base * scale for base in self.base_lrs]


class Noam(_LRScheduler):
    def __init__(self, optimizer, d_model, warmup):
        self.d_model, self.warmup = d_model, warmup
        super().__init__(optimizer)

    def get_lr(self):
        step = max(1, self.last_epoch)
        return [self.d_model ** -0.5 * min(step ** -0.5, step * self.warmup ** -1.5) for _ in self.base_lrs]

    def _get_closed_form_lr(self):
        return [0.5 for _ in self.base_lrs]


w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
s = WarmUp(opt, warmup=4)
print(s.get_last_lr(), s.last_epoch, s.base_lrs, isinstance(s, _LRScheduler), opt.param_groups[0]["initial_lr"])
for i in range(6):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    s.step()
    print(round(s.get_last_lr()[0], 10), opt.param_groups[0]["lr"] == s.get_last_lr()[0], s.last_epoch)
print(w, sorted(s.state_dict().keys()), s.state_dict()["_step_count"])
opt2 = torch.optim.Adam([torch.zeros(1, requires_grad=True)], lr=1.0)
n = Noam(opt2, 512, 4)
rates = []
for i in range(6):
    opt2.step()
    n.step()
    rates.append(round(n.get_last_lr()[0], 8))
print(rates)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    n.step(3)
    print(n.get_last_lr(), n.last_epoch, [str(c.message)[:40] for c in caught])


class Broken(_LRScheduler):
    pass


for bad in [lambda: Broken(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)), lambda: WarmUp("opt", 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
