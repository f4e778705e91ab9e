# Second derivatives of prod (finding #122): PyTorch 1.13's prod_backward is g * (result / input)
# without zeros (differentiable again) and prod_safe_zeros_backward with them. Source: the
# finding's program (autograd.grad with create_graph), then zeros, all dims, keepdim, hessian.
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor([[1., 2., 3.], [0.5, -1., 2.]], requires_grad=True)
g, = torch.autograd.grad(x.prod(-1).sum(), x, create_graph=True)
h, = torch.autograd.grad(g.sum(), x)
print(g)
print(h)

for label, x in [("one zero", torch.tensor([[1., 0., 3.], [0.5, -1., 2.]], requires_grad=True)),
                 ("two zeros", torch.tensor([[0., 0., 3.], [0.5, 0., 2.]], requires_grad=True))]:
    g, = torch.autograd.grad(x.prod(1).sum(), x, create_graph=True)
    h, = torch.autograd.grad((g * torch.tensor([[1., 2., 3.], [4., 5., 6.]])).sum(), x)
    print(label, g.tolist(), h.tolist())

x = torch.tensor([[1.5, 2., -0.5], [0.25, 3., 1.]], requires_grad=True)
g, = torch.autograd.grad(x.prod(), x, create_graph=True)
h, = torch.autograd.grad(g[0, 1], x)
print("all", g.tolist(), h.tolist())
g, = torch.autograd.grad(x.prod(0, keepdim=True).sum(), x, create_graph=True)
h, = torch.autograd.grad(g.sum(), x)
print("dim 0 keepdim", g.tolist(), h.tolist())
print(torch.autograd.functional.hessian(lambda v: v.prod(), torch.tensor([2., 3., 0.5])))
print(torch.autograd.functional.hessian(lambda v: v.prod(), torch.tensor([2., 0., 0.5])))
