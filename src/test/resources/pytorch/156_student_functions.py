# torch functions students reach for: cumprod (with its gradient, zeros included), nonzero
# (as_tuple too), diag (vector -> matrix, matrix -> diagonal, offsets), tril/triu, isclose,
# meshgrid (indexing="ij"/"xy"), einsum (matrix products, traces, outer, batch, sums).
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor([[1., -2., 3.], [-4., 5., -6.]])
print(x.cumprod(1), torch.cumprod(x, dim=0))
w = torch.tensor([2.0, 0.5, 0.0, 3.0, -1.0], requires_grad=True)
c = w.cumprod(0)
print(c)
c.backward(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0]))
print(w.grad)
v = torch.tensor([1.5, -2.0, 0.5], requires_grad=True)
v.cumprod(0).sum().backward()
print(v.grad, torch.tensor([[1, 2], [3, 4]]).cumprod(1))

y = torch.tensor([[0, 1, 0], [2, 0, 3]])
print(y.nonzero(), torch.nonzero(torch.tensor([0.0, 1.5, 0.0, -2.0])))
print(torch.nonzero(y, as_tuple=True), torch.tensor(5).nonzero())

print(torch.diag(torch.tensor([1.0, 2.0, 3.0])), torch.diag(x), torch.diag(x, 1), torch.diag(x, -1))
print(torch.diag(torch.tensor([1, 2]), 1))
d = torch.tensor([1.0, 2.0], requires_grad=True)
(torch.diag(d) * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(d.grad)

m = torch.arange(1.0, 13.0).reshape(3, 4)
print(torch.tril(m), m.triu(1), m.tril(-1), torch.triu(m, diagonal=-1))

a = torch.tensor([1.0, 2.0, float("nan"), 1e-9])
b = torch.tensor([1.0 + 1e-9, 2.1, float("nan"), 0.0])
print(torch.isclose(a, b), torch.isclose(a, b, equal_nan=True), a.isclose(b, rtol=0.1, atol=1e-8))
print(torch.allclose(a[:2], b[:2]), torch.allclose(a[:2], b[:2], rtol=0.1))

i, j = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([4, 5]), indexing="ij")
print(i, j)
gx, gy = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([4, 5]), indexing="xy")
print(gx, gy, [t.shape for t in torch.meshgrid([torch.ones(2), torch.ones(3), torch.ones(4)], indexing="ij")])

p = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
q = torch.tensor([[1.0, 0.5], [-1.0, 2.0]])
print(torch.einsum("ij,jk->ik", p, q), torch.einsum("ij,kj->ik", x, x), torch.einsum("ii", q))
print(torch.einsum("i,j->ij", torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0])), torch.einsum("ij->ji", p))
print(torch.einsum("bij,bjk->bik", torch.ones(2, 2, 3), torch.ones(2, 3, 1)), torch.einsum("ij->", p), torch.einsum("ij->j", p))
print(torch.einsum("ii->i", q), torch.einsum("i,i->", torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])))
print(torch.einsum("ij, jk -> ik", [p, q]), torch.einsum("...j,j->...", p, torch.tensor([1.0, -1.0])))
e = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
r = torch.einsum("ij,jk->ik", e, e).sum()
r.backward()
print(r, e.grad)
