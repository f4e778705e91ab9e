# nn.LPPool1d/LPPool2d and F.lp_pool1d/lp_pool2d (norm_type 1, 2, 3 and fractional, stride, ceil_mode,
# unbatched input, a window of zeros): values, grad_fn names, gradients, reprs and attributes, and
# PyTorch 1.13's errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        r = f()
        print("ok", r.shape if hasattr(r, "shape") else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
torch.manual_seed(0)
x = (torch.rand(2, 3, 9) + 0.1).requires_grad_()
for p, k, kw in [(2, 3, {}), (1, 2, {}), (3, 2, dict(stride=1)), (2.5, 4, dict(stride=2, ceil_mode=True))]:
    y = F.lp_pool1d(x, p, k, **kw)
    print(p, k, kw, y.shape, type(y.grad_fn).__name__, y[1])
y = F.lp_pool1d(x, 2, 3, 2)
(y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
print(x.grad)
xl = torch.rand(2, 3, 9, requires_grad=True)
F.lp_pool1d(xl, 3, 2).sum().backward()
print(xl.grad[0])
m = nn.LPPool1d(2, 3, stride=2)
print(m, m(xl), m(xl[0]).shape, m.norm_type, m.kernel_size, m.stride, m.ceil_mode)
print(nn.LPPool1d(1.5, 4), nn.LPPool1d(2, 3, ceil_mode=True), nn.LPPool1d(2, (3,), (2,)))
v = torch.rand(2, 2, 5, 6, requires_grad=True)
for p, k, kw in [(2, 2, {}), (1, (2, 3), {}), (3, 3, dict(stride=1)), (2.5, 2, dict(stride=(1, 2), ceil_mode=True))]:
    y = F.lp_pool2d(v, p, k, **kw)
    print(p, k, kw, y.shape, type(y.grad_fn).__name__, y[1, 0])
F.lp_pool2d(v, 2, (2, 3), stride=(1, 2)).pow(2).sum().backward()
print(v.grad[1])
m2 = nn.LPPool2d(2, (2, 3), stride=1)
print(m2, m2(v)[0, 1], m2(v[0]).shape, nn.LPPool2d(1, 2), nn.LPPool2d(3.0, 3, 2, True))
z = torch.tensor([[[0., 0., 1., 2., 0., 0.]]], requires_grad=True)
r = F.lp_pool1d(z, 2, 2)
print(r)
r.sum().backward()
print(z.grad)
print(torch.autograd.gradcheck(lambda a: F.lp_pool2d(a, 2, 2, stride=1), (torch.rand(1, 1, 3, 4, requires_grad=True) + 0.5,)))
t(lambda: F.lp_pool1d(x, 2, [3], stride=[2]))
t(lambda: F.lp_pool1d(x, 2, (3,)))
t(lambda: F.lp_pool1d(torch.ones(2, 3, 2), 2, 3))
t(lambda: F.lp_pool2d(torch.ones(3, 4), 2, 2))
t(lambda: F.lp_pool1d(torch.ones(5), 2, 2))
t(lambda: nn.LPPool2d(2, 2)(torch.ones(1, 1, 1, 5)))
