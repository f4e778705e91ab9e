# Tensor functions tutorials use that were missing (tester finding #121, from d2l.ai, makemore,
# Adam written by hand and the PyTorch 1.13 docs' examples): tile, repeat_interleave, lerp, addcmul,
# addcdiv, clamp_min/clamp_max, trace, diff, movedim/moveaxis/swapdims, unflatten, tril_indices,
# triu_indices, searchsorted, bucketize, hypot, logaddexp; values, grad_fn names and gradients.
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor([[1., -2., 3.], [0.5, 4., -1.]], requires_grad=True)
print(torch.arange(3).tile(2), torch.tile(torch.arange(3), (2, 2)), x.tile((2,)).shape, x.tile(1, 2, 1).shape)
t = x.tile(2, 1)
print(t, t.grad_fn.name())
t.sum().backward(); print(x.grad); x.grad = None

print(torch.arange(3).repeat_interleave(2), torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2))
r = x.repeat_interleave(2, dim=0)
print(r, r.grad_fn.name())
(r * torch.arange(12.).reshape(4, 3)).sum().backward(); print(x.grad); x.grad = None
print(x.repeat_interleave(torch.tensor([1, 3]), dim=0), torch.repeat_interleave(torch.tensor([2, 0, 1])))

s, e = torch.tensor([1., 2., 3.], requires_grad=True), torch.tensor([10., 20., 30.], requires_grad=True)
for w in [0.25, 0.75, torch.tensor([0.1, 0.5, 0.9], requires_grad=True)]:
    l = torch.lerp(s, e, w)
    print(l, l.grad_fn.name(), l.tolist())
    l.sum().backward()
    print(s.grad, e.grad, w.grad if isinstance(w, torch.Tensor) else None)
    s.grad = e.grad = None
print(s.lerp(e, 0.3), torch.lerp(torch.zeros(2), torch.ones(2), 0.25))

a, b, c = torch.tensor([0.5, 1.5], requires_grad=True), torch.tensor([2., -3.], requires_grad=True), torch.tensor([4., 0.25], requires_grad=True)
m = torch.addcmul(a, b, c, value=0.5)
d = torch.addcdiv(a, b, c, value=-2)
print(m, m.grad_fn.name(), d, d.grad_fn.name(), torch.addcmul(a, b, c), a.addcdiv(b, c).tolist())
(m + d).sum().backward(); print(a.grad, b.grad, c.grad)
mom = torch.zeros(2); mom.mul_(0.9).addcmul_(b.detach(), b.detach(), value=0.1); print(mom)
p = torch.ones(2); p.addcdiv_(torch.tensor([1., 2.]), torch.tensor([4., 8.]), value=-0.1); print(p)

y = torch.tensor([-2., 0.5, 3.], requires_grad=True)
print(torch.clamp_min(y, 0), y.clamp_min(1.0), torch.clamp_max(y, 1).grad_fn.name(), y.clamp_max(0.0))
sq = torch.tensor([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]], requires_grad=True)
tr = torch.trace(sq); print(tr, tr.grad_fn.name(), torch.trace(torch.eye(3)), x.trace(), torch.arange(6).reshape(2, 3).trace())
tr.backward(); print(sq.grad)

v = torch.tensor([1., 4., 9., 16., 25.], requires_grad=True)
df = torch.diff(v); print(df, df.grad_fn.name(), torch.diff(v, n=2), torch.diff(x, dim=0), x.diff(), torch.diff(v, prepend=torch.tensor([0.])), torch.diff(v, append=torch.tensor([36., 49.])))
torch.diff(v, n=2).sum().backward(); print(v.grad)
print(torch.diff(torch.tensor([1, 3, 2])), torch.diff(torch.tensor([True, False, False])))

z = torch.arange(24.).reshape(2, 3, 4)
print(torch.movedim(z, 0, -1).shape, z.moveaxis(1, 0).shape, torch.movedim(z, (0, 1), (2, 0)).shape, z.swapdims(0, 2).shape, torch.movedim(x, 0, 1).grad_fn.name())
print(torch.unflatten(torch.arange(6.), 0, (2, 3)), z.unflatten(2, (2, 2)).shape, z.unflatten(-1, (-1, 2)).shape, x.unflatten(1, (3, 1)).grad_fn.name())

print(torch.tril_indices(3, 3), torch.triu_indices(3, 3, 1), torch.tril_indices(4, 3, -1), torch.triu_indices(2, 4))
seq = torch.tensor([1., 3., 5., 7., 9.])
print(torch.searchsorted(seq, torch.tensor([3., 6., 9.])), torch.searchsorted(seq, torch.tensor([3., 6., 9.]), right=True), torch.searchsorted(seq, 4.0))
print(torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([[2, 5], [1, 7]])), torch.searchsorted(seq, torch.tensor([3.]), side="right"))
print(torch.bucketize(torch.tensor([[3., 6.], [9., 0.]]), seq), torch.bucketize(torch.tensor([3., 6., 9.]), seq, right=True))

h1, h2 = torch.tensor([3., 5., 0.], requires_grad=True), torch.tensor([4., 12., 2.], requires_grad=True)
hy = torch.hypot(h1, h2); print(hy, hy.grad_fn.name()); hy.sum().backward(); print(h1.grad, h2.grad)
la = torch.logaddexp(h1, h2); print(la, la.grad_fn.name(), torch.logaddexp(torch.tensor([1000., -1000.]), torch.tensor([1000., -1001.])))
