# relu keeps -0.0 (clamp_min's kernel), torch.special.ndtr as 1.13 composes it ((1 + erf(x/sqrt 2)) * 0.5, its
# cancellation below -5 included), torch.special.entr with its gradient, torch.nextafter without one (tester Z65).
# Recorded from torch 1.13.
import math
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-310, 1e308, math.inf, -math.inf, math.nan, 7.0, -7.0, 1e-8, 100.0, -40.0, 8.5, -9.0])
print([repr(v) for v in torch.relu(x).tolist()])
print(repr(F.relu(x)[1].item()), repr(torch.nn.ReLU()(x)[1].item()), repr(x.relu()[1].item()), repr(torch.relu(torch.tensor(-0.0)).item()))
y = x.clone()
y.relu_()
print(repr(y[1].item()), repr(F.relu(x[:3], inplace=False)[1].item()))
print("ndtr", [repr(v) for v in torch.special.ndtr(x).tolist()])
print("entr", [repr(v) for v in torch.special.entr(x).tolist()])
print(torch.special.ndtr(torch.tensor([0, 1, -2])), torch.special.entr(torch.tensor([0, 1, 2])))
pairs = [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0), (0.0, 0.0), (math.inf, 0.0), (math.nan, 1.0), (1e308, math.inf), (5e-324, 0.0), (-1.5, -math.inf)]
print([repr(torch.nextafter(torch.tensor(a), torch.tensor(b)).item()) for a, b in pairs])
print(torch.nextafter(torch.tensor([1.0, 2.0]), torch.tensor(3.0)) - torch.tensor([1.0, 2.0]), torch.tensor([[1.0], [0.0]]).nextafter(torch.tensor([0.0, 1.0])))
try:
    torch.nextafter(torch.tensor([1, 2]), torch.tensor([3, 4]))
except Exception as e:
    print(type(e).__name__, e)
z = torch.tensor([0.0, 1.0, 0.5, 2.5, 3.0, 1e-310, 7.0, 1e-8], requires_grad=True)
for name in ["ndtr", "entr"]:
    out = getattr(torch.special, name)(z)
    g, = torch.autograd.grad(out.sum(), z)
    print(name, out.grad_fn.name(), [repr(v) for v in g.tolist()])
w = torch.tensor([1.0, 2.0], requires_grad=True)
n = torch.nextafter(w, torch.tensor(3.0))
print(n.grad_fn.name(), n.requires_grad)
try:
    n.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
r = torch.tensor([-1.0, -0.0, 2.0], requires_grad=True)
torch.relu(r).sum().backward()
print(r.grad)
