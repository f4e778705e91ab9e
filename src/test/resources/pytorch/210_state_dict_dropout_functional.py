# "Save and Load the Model" (basics/saveloadrun_tutorial) state_dict round trip in memory, nn.Dropout in eval
# mode, an SGD loop reading param_groups, and torch.autograd.functional / create_graph from the autograd docs
# (load_state_dict's return value and clip_grad_norm_ are left out: see tester-findings)
import torch
from torch import nn
torch.set_default_dtype(torch.float64)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
with torch.no_grad():
    for p in model.parameters():
        p.copy_(torch.linspace(-1, 1, p.numel()).reshape(p.shape))
sd = model.state_dict()
print(list(sd.keys()))
print(sd["0.weight"])
m2 = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
m2.load_state_dict(sd)
x = torch.tensor([[0.5, -1.0, 2.0]])
print(torch.equal(model(x), m2(x)))
print(model(x))
d = nn.Dropout(p=0.5)
d.eval()
print(d(torch.arange(12.).reshape(4, 3)), d.training)
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for epoch in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(epoch, w, opt.param_groups[0]["lr"], loss.item())
    opt.param_groups[0]["lr"] *= 0.5
from torch.autograd.functional import jacobian, hessian
def f(x):
    return torch.stack([x[0] * x[1], x[0].sin(), x[1] ** 3])
x = torch.tensor([1.0, 2.0])
print(jacobian(f, x))
print(hessian(lambda x: (x ** 3).sum() + x[0] * x[1], x))
x = torch.tensor(2.0, requires_grad=True)
y = x ** 4
g, = torch.autograd.grad(y, x, create_graph=True)
g2, = torch.autograd.grad(g, x)
print(g, g2)
