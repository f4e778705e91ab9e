# The gradients of cumprod (a zero on the line too), diag, tril/triu, meshgrid and einsum against
# central differences (torch.autograd.gradcheck), and through a tensor hook that scales them.
import torch
torch.set_default_dtype(torch.float64)
check = torch.autograd.gradcheck

x = torch.tensor([[0.7, -1.3, 2.1], [1.1, 0.4, -0.9]], requires_grad=True)
z = torch.tensor([0.5, 0.0, -2.0, 1.5], requires_grad=True)
v = torch.tensor([0.3, -0.8, 1.2], requires_grad=True)
q = torch.tensor([[1.0, 0.5], [-1.0, 2.0], [0.25, -0.75]], requires_grad=True)
print(check(lambda t: t.cumprod(1), (x,)), check(lambda t: torch.cumprod(t, 0), (x,)), check(lambda t: t.cumprod(0), (z,)))
print(check(lambda t: torch.diag(t, 1), (v,)), check(lambda t: torch.diag(t, -1), (x,)), check(lambda t: torch.diag(t), (x,)))
print(check(lambda t: torch.tril(t), (x,)), check(lambda t: t.triu(1), (x,)))
print(check(lambda a, b: torch.meshgrid(a, b, indexing="xy")[0] * torch.meshgrid(a, b, indexing="ij")[1].T, (v, z)))
print(check(lambda a, b: torch.einsum("ij,jk->ik", a, b), (x, q)), check(lambda a: torch.einsum("ij,ij->", a, a), (x,)))
print(check(lambda a, b: torch.einsum("ij,kj->ikj", a, b), (x, torch.tensor([[0.2, 0.4, -0.6]], requires_grad=True))), check(lambda a: torch.einsum("ii->", a @ a.T), (x,)))


def scaled(t):
    u = t * 2
    u.register_hook(lambda g: g * 3)
    return (u ** 2).sum()


y = scaled(v)
y.backward()
print(v.grad, 2 * 3 * 2 * 2 * v.detach())
