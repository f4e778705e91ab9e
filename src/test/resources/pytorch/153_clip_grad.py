# torch.nn.utils.clip_grad_norm_ (the total norm returned as a tensor; 2-norm, 1-norm, inf;
# gradients scaled in place only when over max_norm; parameters without grad skipped; a single
# tensor; a generator such as model.parameters()) and clip_grad_value_, in a training step.
import torch
from torch import nn
torch.set_default_dtype(torch.float64)

a = torch.tensor([3.0, -4.0], requires_grad=True)
b = torch.tensor([[1.0, 2.0], [-2.0, 0.5]], requires_grad=True)
c = torch.tensor([1.0], requires_grad=True)
(a * torch.tensor([1.0, 1.0])).sum().backward()
(b * b).sum().backward()
a.grad = torch.tensor([3.0, -4.0])
v = b.grad._version
total = nn.utils.clip_grad_norm_([a, b, c], max_norm=2.0)
print(total, a.grad, b.grad, c.grad, b.grad._version > v)
print(nn.utils.clip_grad_norm_([a, b], 100.0), a.grad)
print(nn.utils.clip_grad_norm_([a, b], 1.0, norm_type=1), a.grad, b.grad)
print(nn.utils.clip_grad_norm_([a, b], 0.5, norm_type=float("inf")), a.grad)
print(nn.utils.clip_grad_norm_(a, 0.1, norm_type="inf"), a.grad)
print(nn.utils.clip_grad_norm_(a, 1, norm_type=3), a.grad)
print(nn.utils.clip_grad_norm_([c], 1.0), type(nn.utils.clip_grad_norm_([a], 1.0)).__name__)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
for step in range(3):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean() * 50
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    after = torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters()))
    opt.step()
    print(step, round(loss.item(), 6), round(norm.item(), 6), round(after.item(), 6))

w = torch.tensor([0.5, -3.0, 2.0], requires_grad=True)
(w ** 3).sum().backward()
print(nn.utils.clip_grad_value_(w, clip_value=5.0), w.grad)
nn.utils.clip_grad_value_([w], 1)
print(w.grad)
try:
    w.grad = torch.tensor([float("nan"), 1.0, 2.0])
    nn.utils.clip_grad_norm_(w, 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(e)
print(nn.utils.clip_grad_norm_(w, 1.0), w.grad)
