# Names tutorials use that were missing (written from the PyTorch 1.13 docs' examples of each):
# torch.atan2 (polar angles), torch.logspace (learning-rate grids), torch.roll (shifted sequences),
# torch.std_mean/var_mean (normalising statistics in one call), torch.unique (class counts, label
# encoding with return_inverse) and nn.ModuleDict (multi-head models). Gradients against central
# differences through gradcheck.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)

a = torch.tensor([[1., -2., 0.5], [0., 3., -1.]], requires_grad=True)
b = torch.tensor([1., -1., 2.], requires_grad=True)
theta = torch.atan2(a, b)
print(theta, torch.atan2(torch.tensor([1, -1]), torch.tensor([0, 0])), a.atan2(b).grad_fn.name())
theta.sum().backward()
print(a.grad, b.grad)
print(torch.autograd.gradcheck(torch.atan2, (a, b)), torch.autograd.gradcheck(lambda x: torch.atan2(x, torch.tensor(0.5)), (a,)))

print(torch.logspace(0, 2, 5), torch.logspace(-1, 1, 3, base=2), torch.logspace(0, 1, 1), torch.logspace(0, 3, 4, dtype=torch.int64), torch.logspace(0, 1, 0))
print(torch.logspace(0.1, 2.3, 7).tolist())
print(torch.logspace(-4, -1, 10).tolist())
print(torch.logspace(start=1, end=3, steps=3, base=3.0).tolist())

x = torch.arange(6.).reshape(2, 3).requires_grad_()
print(torch.roll(x, 1), torch.roll(x, 1, 0), x.roll(-1, 1), torch.roll(x, (1, 2), (0, 1)), torch.roll(x, shifts=1, dims=-1))
print(torch.roll(x, (1, 1), (0, 0)), torch.roll(torch.tensor(3.), 1), torch.roll(torch.arange(5), 7), torch.roll(torch.arange(5), -12))
for f in [lambda: torch.roll(x, (1, 2), 0), lambda: torch.roll(x, 1, 2), lambda: torch.roll(x, (1, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
(torch.roll(x, (1, -1), (0, 1)) * torch.arange(6.).reshape(2, 3)).sum().backward()
print(x.grad, torch.autograd.gradcheck(lambda t: torch.roll(t, 2) ** 2, (x,)))

s, m = torch.std_mean(x)
print(s, m, torch.var_mean(x, 1), torch.var_mean(x, dim=0, unbiased=False), torch.std_mean(x, 1, keepdim=True))
print(torch.std_mean(x, dim=1, correction=0), type(torch.var_mean(x)).__name__)
print(torch.autograd.gradcheck(lambda t: torch.std_mean(t, 1), (x,)), torch.autograd.gradcheck(lambda t: torch.var_mean(t, 0, unbiased=False), (x,)))

labels = torch.tensor([[3, 1, 2], [1, 3, 5]])
print(torch.unique(labels), torch.unique(labels, return_inverse=True), torch.unique(labels, return_counts=True))
print(torch.unique(labels, sorted=True, return_inverse=True, return_counts=True))
print(labels.unique(), labels.unique(dim=0), torch.unique(labels, dim=1, return_counts=True))
print(torch.unique(torch.tensor([[1, 2], [1, 2], [0, 5]]), dim=0, return_inverse=True, return_counts=True))
print(torch.unique(torch.tensor([True, False, True])), torch.unique(torch.tensor(3.)), torch.unique(torch.tensor(3.), return_inverse=True))
print(torch.unique(torch.tensor([])), torch.unique(torch.tensor([], dtype=torch.long), return_inverse=True, return_counts=True))
w = torch.tensor([1.5, 2., 1.5], requires_grad=True)
u = torch.unique(w)
print(u, u.requires_grad)
try:
    u.sum().backward()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    torch.unique(labels, dim=2)
except IndexError as e:
    print("IndexError", e)

torch.manual_seed(0)
heads = nn.ModuleDict({'cls': nn.Linear(3, 2), 'act': nn.ReLU()})
heads['reg'] = nn.Linear(3, 1)
print(heads, len(heads), list(heads), 'cls' in heads, 'x' in heads, heads.keys())
print([type(v).__name__ for v in heads.values()], [k for k, v in heads.items()], len(list(heads.parameters())))
print(heads.pop('act'), list(heads))
for f in [lambda: heads(torch.ones(3)), lambda: heads.__setitem__(1, nn.ReLU()), lambda: heads['z']]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
heads.update({'e': nn.Tanh()})
del heads['e']
print(list(heads), [n for n, _ in heads.named_parameters()], nn.ModuleDict([('x', nn.ReLU())]), nn.ModuleDict())


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict({'cls': nn.Linear(3, 2), 'reg': nn.Linear(3, 1)})

    def forward(self, x, head):
        return self.heads[head](x)


net = TwoHeads()
print(net, net(torch.ones(1, 3), 'reg'), list(net.state_dict().keys()))
