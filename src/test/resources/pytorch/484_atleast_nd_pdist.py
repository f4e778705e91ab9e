# torch.atleast_1d/2d/3d (one tensor, several, a list or tuple, none; grad_fn names; the same
# tensor back when it has the rank; the error for a number), and torch.pdist / F.pdist (p = 2, 1,
# 0, inf, 3.5; the gradient, 0 where two rows coincide; fewer than two rows; the checks).
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor(2., requires_grad=True); v = torch.tensor([1., 2.], requires_grad=True); M = torch.ones(2, 3, requires_grad=True)
for f in [torch.atleast_1d, torch.atleast_2d, torch.atleast_3d]:
    for t in [x, v, M, torch.ones(2, 1, 2, 2)]:
        r = f(t)
        print(f.__name__, tuple(r.shape), type(r.grad_fn).__name__ if r.grad_fn else None, r is t)
    print(f(x, v), f([x, v]), f((x,)), f())
    for bad in [lambda: f(1), lambda: f([1, 2])]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
y = torch.atleast_3d(v)
y.sum().backward()
print(v.grad)
X = torch.tensor([[0., 1.], [2., 3.], [4., 7.], [1., 1.]], requires_grad=True)
print(F.pdist(X), F.pdist(X, p=1), F.pdist(X, 0), F.pdist(X, float('inf')), F.pdist(X, 3.5), torch.pdist(X))
y = F.pdist(X)
y.sum().backward()
print(X.grad)
X.grad = None
(F.pdist(X, 1) * torch.arange(6.)).sum().backward()
print(X.grad)
print(F.pdist(torch.ones(1, 3)), F.pdist(torch.ones(3, 2)))
Y = torch.ones(3, 2, requires_grad=True)
F.pdist(Y).sum().backward()
print(Y.grad)
for bad in [lambda: F.pdist(torch.ones(3)), lambda: F.pdist(X, -1), lambda: F.pdist(torch.ones(2, 2, 2))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
