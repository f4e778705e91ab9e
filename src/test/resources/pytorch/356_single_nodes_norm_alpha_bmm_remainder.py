# Nodes PyTorch records as one, with their inputs: LayerNorm's and BatchNorm's
# NativeLayerNormBackward0/NativeBatchNormBackward0 (input, weight, bias), add/sub with alpha= as one
# AddBackward0/SubBackward0 (with PyTorch's fused rounding), bmm's BmmBackward0, remainder's
# RemainderBackward0/1 (exact, the divisor's sign); their values and gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)


def names(t):
    return type(t.grad_fn).__name__, [type(n).__name__ if n is not None else None for n, _ in t.grad_fn.next_functions]


x = torch.tensor([[0.5, -1.0, 2.0], [0.0, 3.0, -0.2]], requires_grad=True)
ln = nn.LayerNorm(3)
with torch.no_grad():
    ln.weight.copy_(torch.tensor([1.0, 2.0, -0.5]))
    ln.bias.copy_(torch.tensor([0.1, 0.0, 0.3]))
y = ln(x)
print(y, names(y))
print(names(F.layer_norm(x, (3,))), names(F.layer_norm(x, (2, 3))), names(F.layer_norm(x, (3,), bias=ln.bias)))
(y * torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, 1.0]])).sum().backward()
print(x.grad, ln.weight.grad, ln.bias.grad)
(g,) = torch.autograd.grad((F.layer_norm(x, (3,)) ** 3).sum(), x, create_graph=True)
# g.sum() does not depend on x (each row of g sums to 0): its gradient is 0 up to rounding noise
# (~1e-16) that depends on each engine's formula, so only its size is printed
print(g, torch.autograd.grad(g.sum(), x)[0].abs().max() < 1e-12)
bn = nn.BatchNorm1d(3)
z = bn(x * 2)
print(z, names(z), bn.running_mean, bn.running_var)
bn.eval()
z = bn(x)
print(z, names(z))
z.sum().backward()
print(bn.weight.grad, bn.bias.grad)
print(names(F.batch_norm(x, None, None, training=True)))

a = torch.tensor([0.1, 0.7, -2.5, 1e-3], requires_grad=True)
b = torch.tensor([0.2, 0.3, 0.1, 3.0], requires_grad=True)
for r in [a.add(b, alpha=2), torch.add(a, b, alpha=-1.5), a.sub(b, alpha=0.3), torch.sub(a, 2, alpha=3), a.add(1, alpha=0.1), a + b]:
    print(r.tolist(), names(r))
r = a.add(b, alpha=0.3)
r.backward(torch.tensor([1.0, 2.0, 3.0, 4.0]))
print(a.grad, b.grad)
p = torch.tensor([0.1, 0.2, 0.3])
p.add_(torch.tensor([0.7, 0.11, 0.13]), alpha=-0.3)
print(p.tolist())
print(torch.tensor([5, 7]).add(torch.tensor([1, 2]), alpha=3), torch.tensor([5, 7]).sub(2, alpha=2))
try:
    torch.add(torch.tensor([1]), torch.tensor([2]), alpha=0.5)
except RuntimeError as e:
    print("RuntimeError:", e)

m1 = torch.arange(12.0).reshape(2, 2, 3).requires_grad_()
m2 = torch.arange(6.0).reshape(2, 3, 1).requires_grad_()
out = torch.bmm(m1, m2)
print(out, names(out), names(m1.bmm(m2)))
out.sum().backward()
print(m1.grad, m2.grad)
for bad in [lambda: torch.bmm(torch.ones(2, 3, 4), torch.ones(2, 5, 6)), lambda: torch.bmm(torch.ones(2, 3, 4), torch.ones(3, 4, 6)),
            lambda: torch.bmm(torch.ones(3, 4), torch.ones(3, 4, 6)), lambda: torch.bmm(torch.ones(2, 3, 4), torch.ones(2, 4))]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

u = torch.tensor([5.5, -5.5, 1e-20, -0.0, 7.0, 0.1], requires_grad=True)
v = torch.tensor([2.0, 2.0, -3.0, 2.0, -0.0, 0.01], requires_grad=True)
r = torch.remainder(u, v)
print(r, names(r))
r.sum().backward()
print(u.grad, v.grad)
print(names(u % 1.5), names(u.remainder(3)), names(u % v), (u % 1.5).tolist(), (u % 0.01).tolist())
print(torch.remainder(torch.tensor([5, -5]), 3), torch.tensor([5, -5]) % torch.tensor([3, -3]), torch.tensor(5.5) % 2, torch.tensor([0.1]) % 0.01)
try:
    torch.tensor([1]) % 0
except RuntimeError as e:
    print("RuntimeError:", e)
