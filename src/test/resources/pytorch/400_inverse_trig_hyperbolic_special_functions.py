# Elementwise functions students reach for (inverse trig and hyperbolic, exp2, erfc, erfinv,
# lgamma, digamma, polygamma, logit, sinc, frac, deg2rad), as the PyTorch 1.13 docs list them:
# values, grad_fn names, gradients, and gradcheck/gradgradcheck against central differences.
import torch
torch.set_default_dtype(torch.float64)

u = torch.tensor([-0.9, -0.5, -0.1, 0.0, 0.3, 0.75], requires_grad=True)
x = torch.tensor([-2.5, -1.0, -0.2, 0.0, 0.4, 1.5, 3.0], requires_grad=True)
p = torch.tensor([0.1, 0.5, 1.0, 2.5, 7.0, 12.5], requires_grad=True)
cases = [("asin", u), ("acos", u), ("atan", x), ("arcsin", u), ("arctan", x), ("sinh", x), ("cosh", x),
         ("asinh", x), ("acosh", p + 1), ("atanh", u), ("arcsinh", x), ("exp2", x), ("erfc", x), ("erfinv", u),
         ("lgamma", p), ("digamma", p), ("frac", x), ("sinc", x), ("deg2rad", x), ("rad2deg", x), ("tan", x), ("log2", p), ("log10", p)]
for name, a in cases:
    y = getattr(torch, name)(a)
    print(name, y, y.grad_fn.name())
    print(" ", [round(v, 12) for v in y.tolist()])
    g, = torch.autograd.grad(y.sum(), a, create_graph=True)
    print("  grad", [round(v, 10) for v in g.tolist()], g.grad_fn is not None)
for name, a in cases:
    if name in ("frac",):
        continue
    leaf = torch.tensor([-1.3, 0.4, 2.2], requires_grad=True) if name == "sinc" else a.detach().clone().requires_grad_()
    if name in ("digamma", "lgamma"):
        leaf = torch.tensor([0.7, 1.3, 2.5, 6.0], requires_grad=True)
    f = getattr(torch, name)
    print(name, torch.autograd.gradcheck(f, (leaf,)), torch.autograd.gradgradcheck(f, (leaf,)))

print(torch.polygamma(1, p), torch.polygamma(2, p), p.polygamma(3), torch.polygamma(1, p).grad_fn.name())
print(torch.digamma(torch.tensor([-1.5, -0.5, 0.0, -2.0, 1.0, 10.0])))
print(torch.lgamma(torch.tensor([-1.5, -0.5, 0.0, -2.0, 1.0, 100.0])))
print(torch.autograd.gradcheck(lambda t: torch.polygamma(2, t), (torch.tensor([0.7, 1.3, 2.5], requires_grad=True),)))
q = torch.tensor([0.0, 0.05, 0.3, 0.9, 1.0], requires_grad=True)
print(torch.logit(q), torch.logit(q, eps=1e-6), torch.logit(q, 0.1))
torch.logit(q, eps=0.1).sum().backward()
print(q.grad)
q.grad = None
torch.logit(q).sum().backward()
print(q.grad)
print(x.sinh().cosh().atan().sum().item(), [round(v, 12) for v in u.asin().tolist()], x.asinh().tolist())
print(torch.asin(torch.tensor([2.0, -1.0, 1.0])), torch.acosh(torch.tensor([0.5, 1.0])), torch.atanh(torch.tensor([-1.0, 1.0, 1.5])))
print(torch.erfinv(torch.tensor([-1.0, 1.0, 0.999, -0.5])), torch.exp2(torch.tensor([1, 2, 10])), torch.asin(torch.tensor([0, 1])))
print(torch.sinc(torch.tensor([0.0, 0.5, 1.0, -2.5])), torch.frac(torch.tensor([-2.5, 3.75, 0.0])), torch.rad2deg(torch.tensor([3.141592653589793])))
try:
    torch.polygamma(-1, p)
except RuntimeError as e:
    print("RuntimeError", e)
