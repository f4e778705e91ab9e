# copy.deepcopy of a module (early stopping's best model, a target network) is an independent copy;
# softmax/log_softmax of a 0-d tensor along dim 0 or -1.
import copy
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
m = nn.Linear(2, 2)
m(torch.ones(1, 2)).sum().backward()
m2 = copy.deepcopy(m)
print(type(m2).__name__, m2.weight is m.weight, torch.equal(m2.weight, m.weight), m2.weight.grad, type(m2.weight).__name__, m2.weight.requires_grad)
with torch.no_grad():
    m2.weight.fill_(1.)
print(m.weight.tolist() != m2.weight.tolist(), m2.weight.tolist())
net = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.ReLU())
best = copy.deepcopy(net)
net(torch.randn(4, 2))
print(net[1].running_mean.tolist() != best[1].running_mean.tolist(), best[1].running_mean.tolist(), best)
print([n for n, _ in best.named_parameters()], len(list(best.parameters())))
opt = torch.optim.SGD(best.parameters(), lr=0.1)
best(torch.ones(2, 2)).sum().backward()
opt.step()
print(net[0].bias.grad, [round(v, 6) for v in best[0].bias.tolist()])
t = torch.tensor(3., requires_grad=True)
s = t.softmax(dim=0)
print(s, t.log_softmax(0), t.softmax(-1), torch.softmax(t, 0), torch.nn.functional.log_softmax(t, dim=-1))
s.backward()
print(t.grad)
try:
    t.softmax(1)
except IndexError as e:
    print("IndexError:", e)
print(torch.softmax(torch.tensor(float("inf")), 0), torch.log_softmax(torch.tensor(float("-inf")), 0))
try:
    copy.deepcopy(t * 2)
except RuntimeError as e:
    print("RuntimeError:", e)
