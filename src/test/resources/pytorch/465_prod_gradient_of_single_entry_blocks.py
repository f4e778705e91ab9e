# Checked against torch 1.13 (reviewer's V12): the gradient of a product over blocks of one entry holding 0
# is g itself (prod_safe_zeros_backward), no function of the input: no grad_fn even with
# create_graph=True, so there is no second derivative to take.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.], requires_grad=True)
g, = torch.autograd.grad(x.prod(), x, create_graph=True)
print(g, g.requires_grad, g.grad_fn)
g, = torch.autograd.grad(x.prod(0), x, create_graph=True)
print(g, g.requires_grad, g.grad_fn)
y = torch.tensor([[0.], [2.]], requires_grad=True)
g, = torch.autograd.grad(y.prod(1).sum(), y, create_graph=True)
print(g, g.requires_grad, g.grad_fn)
g, = torch.autograd.grad(y.prod(1, keepdim=True).sum(), y, create_graph=True)
print(g, g.requires_grad, g.grad_fn)
z = torch.tensor([[0., 3.]], requires_grad=True)
g, = torch.autograd.grad(z.prod(0).sum(), z, create_graph=True)
print(g, g.requires_grad, g.grad_fn)
w = torch.tensor(0., requires_grad=True)
g, = torch.autograd.grad((w * 3).reshape(1).prod(), w, create_graph=True)
print(g, g.grad_fn)
x = torch.tensor([0.], requires_grad=True)
g, = torch.autograd.grad(x.prod(), x, create_graph=True)
try:
    torch.autograd.grad(g.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)
v = torch.tensor([0., 2.], requires_grad=True)
g, = torch.autograd.grad(v.prod(), v, create_graph=True)
print(g, g.grad_fn.name(), torch.autograd.grad(g.sum(), v))
