# create_graph=True makes the gradient differentiable.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g)
(h,) = torch.autograd.grad(g, x, create_graph=True)
print(h)
(k,) = torch.autograd.grad(h, x)
print(k)
z = torch.sin(x) * x
d1 = torch.autograd.grad(z, x, create_graph=True)[0]
d2 = torch.autograd.grad(d1, x)[0]
print(round(d1.item(), 10), round(d2.item(), 10))
