# With create_graph, relu's and abs's derivatives stay in the graph (their own derivative is 0);
# clamp's, max's and where's do not (PyTorch builds them from constants).
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([3.0, -1.0, 2.0], requires_grad=True)
fs = [torch.relu, torch.abs, lambda t: t.clamp(0, 5), lambda t: t.max(), lambda t: t.max(0)[0],
      lambda t: torch.where(t > 0, t, torch.zeros(3)), torch.sigmoid, lambda t: t ** 3]
for f in fs:
    g, = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    if g.requires_grad:
        print(g, torch.autograd.grad((g * torch.tensor([1.0, 2.0, 3.0])).sum(), x))
    else:
        print(g, g.requires_grad)
x = torch.tensor(3.0, requires_grad=True)
g = torch.autograd.grad(torch.relu(x), x, create_graph=True)[0]
print(g.requires_grad, torch.autograd.grad(g * 2, x))
g = torch.autograd.grad(x.clamp(0, 5), x, create_graph=True)[0]
torch.autograd.grad(g * 2, x)
