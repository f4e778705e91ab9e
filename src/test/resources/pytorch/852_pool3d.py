# nn.AdaptiveAvgPool3d / F.adaptive_avg_pool3d (output sizes as an int, a triple with None entries,
# 0 and 1, unbatched 4-d and batched 5-d input): values, gradients of a weighted sum, grad_fn names
# (MeanBackward1 for output size 1, as PyTorch shortcuts it), reprs and PyTorch 1.13's errors; then
# nn.MaxPool3d / F.max_pool3d (kernel, stride, padding, dilation per axis, ceil_mode, return_indices,
# NaN and -inf windows, unbatched input) and nn.AvgPool3d / F.avg_pool3d (count_include_pad,
# divisor_override, ceil_mode, int64 input) likewise, with gradcheck.
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
x = torch.randn(2, 2, 3, 4, 5, requires_grad=True)
for o in [1, 2, (1, 1, 1), (2, None, 3), (None, None, None), (3, 4, 5), (1, 2, 1), [2, 3, 4], (5, 7, 3)]:
    x.grad = None
    y = F.adaptive_avg_pool3d(x, o)
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(o, y.shape, type(y.grad_fn).__name__, y[1, 0], x.grad[0, 1])
z = F.adaptive_avg_pool3d(x, 0)
print(z.shape, type(z.grad_fn).__name__)
u = torch.randn(3, 4, 5, 6, requires_grad=True)
for o in [1, (2, 3, None), 3]:
    u.grad = None
    y = F.adaptive_avg_pool3d(u, o)
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(o, y.shape, type(y.grad_fn).__name__, y[2], u.grad[1])
m = nn.AdaptiveAvgPool3d((2, None, 3))
print(m, m.output_size, m(x).shape, type(m(x).grad_fn).__name__, m(u).shape)
print(nn.AdaptiveAvgPool3d(2), nn.AdaptiveAvgPool3d([1, 2, 3]), nn.AdaptiveAvgPool3d(output_size=(None, 1, None)), nn.AdaptiveAvgPool3d(1)(x)[0, 1])
print(F.adaptive_avg_pool3d(torch.ones(0, 2, 3, 4, 5), 2).shape, F.adaptive_avg_pool3d(torch.ones(2, 3, 4, 5, 6, 7), 1).shape,
      F.adaptive_avg_pool3d(torch.ones(3, 4, 5), 1).shape)
xg = torch.randn(1, 2, 3, 5, 4, requires_grad=True)
print(torch.autograd.gradcheck(lambda a: F.adaptive_avg_pool3d(a, (2, 3, 3)), (xg,)))
net = nn.Sequential(nn.Conv3d(1, 2, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool3d(1), nn.Flatten())
print(net(torch.ones(2, 1, 3, 3, 3)).shape)
t(lambda: F.adaptive_avg_pool3d(x, (1, 2)))
t(lambda: F.adaptive_avg_pool3d(x, (1, 2, 3, 4)))
t(lambda: F.adaptive_avg_pool3d(x, -1))
t(lambda: F.adaptive_avg_pool3d(x, (1, -2, 3)))
t(lambda: F.adaptive_avg_pool3d(torch.ones(3, 4, 5), -1))
t(lambda: F.adaptive_avg_pool3d(torch.ones(3, 4, 5), 2))
t(lambda: F.adaptive_avg_pool3d(torch.ones(3, 4), 1))
t(lambda: F.adaptive_avg_pool3d(torch.ones(1, 2, 3, 4, 5, 6), 2))
t(lambda: F.adaptive_avg_pool3d(torch.ones(1, 0, 3, 4, 5), 2))
t(lambda: F.adaptive_avg_pool3d(torch.ones(2, 0, 4, 5), 2))
t(lambda: F.adaptive_avg_pool3d(torch.ones(2, 3, 4, 5, dtype=torch.long), 2))
t(lambda: F.adaptive_avg_pool3d(torch.ones(2, 3, 4, 5, dtype=torch.long), 1))
t(lambda: nn.AdaptiveAvgPool3d())
t(lambda: nn.AdaptiveAvgPool3d((1, 2))(x))
t(lambda: F.adaptive_avg_pool3d(x, 2.0))
# nn.MaxPool3d / F.max_pool3d
v = torch.randn(2, 2, 4, 5, 6, requires_grad=True)
for kw in [dict(kernel_size=2), dict(kernel_size=(1, 2, 3)), dict(kernel_size=2, stride=1), dict(kernel_size=3, stride=2, padding=1),
           dict(kernel_size=2, dilation=(1, 2, 2)), dict(kernel_size=2, ceil_mode=True), dict(kernel_size=(3, 2, 2), stride=(2, 1, 3), padding=(1, 0, 1), ceil_mode=True),
           dict(kernel_size=[2], stride=[1], padding=[1], dilation=[2])]:
    v.grad = None
    y, i = F.max_pool3d(v, return_indices=True, **kw)
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(kw, y.shape, type(y.grad_fn).__name__, y[1, 0], i[0, 1], v.grad[1, 1])
w = torch.randn(3, 3, 4, 4, requires_grad=True)
y = F.max_pool3d(w, 2, 1, 1)
y.sum().backward()
print(y.shape, type(y.grad_fn).__name__, y[1, 0], w.grad[2])
print(F.max_pool3d(torch.tensor([[[[[1.0, float("nan")], [float("-inf"), 3.0]]]]]), (1, 2, 2), return_indices=True))
print(F.max_pool3d(torch.ones(0, 1, 3, 4, 5), 2).shape)
mp = nn.MaxPool3d((1, 2, 3), stride=1, padding=(0, 1, 1), dilation=2, ceil_mode=True, return_indices=True)
print(nn.MaxPool3d(2), mp, mp.kernel_size, mp.stride, mp.padding, mp.dilation, mp.ceil_mode, mp.return_indices, mp(v)[1].shape)
print(nn.MaxPool3d(3, stride=2)(v).shape)
xg = torch.randn(1, 2, 3, 4, 4, requires_grad=True)
print(torch.autograd.gradcheck(lambda a: F.max_pool3d(a, (2, 2, 3), stride=(1, 2, 1), padding=1), (xg,)))
t(lambda: F.max_pool3d(v, 0))
t(lambda: F.max_pool3d(v, 2, 0))
t(lambda: F.max_pool3d(v, 2, padding=2))
t(lambda: F.max_pool3d(v, 2, padding=-1))
t(lambda: F.max_pool3d(v, 2, dilation=0))
t(lambda: F.max_pool3d(v, 0, 1))
t(lambda: F.max_pool3d(v, 5))
t(lambda: F.max_pool3d(v, (5, 1, 1), 1))
t(lambda: F.max_pool3d(torch.ones(3, 4, 5), 2))
t(lambda: F.max_pool3d(torch.ones(1, 1, 3, 4, 5, dtype=torch.long), 2))
t(lambda: F.max_pool3d(v, (2, 2)))
t(lambda: F.max_pool3d(v, 2, (1, 1)))
t(lambda: F.max_pool3d(v, 2, 1, (1, 1)))
t(lambda: F.max_pool3d(v, 2, 1, 0, (1, 1)))
t(lambda: F.max_pool3d(torch.ones(1, 0, 3, 4, 5), 2))
t(lambda: F.max_pool3d(torch.ones(2, 0, 4, 5), 2))
t(lambda: nn.MaxPool3d())
# nn.AvgPool3d / F.avg_pool3d
for kw in [dict(kernel_size=2), dict(kernel_size=(1, 2, 3)), dict(kernel_size=2, stride=1), dict(kernel_size=3, stride=2, padding=1),
           dict(kernel_size=3, stride=2, padding=1, count_include_pad=False), dict(kernel_size=2, ceil_mode=True),
           dict(kernel_size=(3, 2, 2), stride=(2, 1, 3), padding=(1, 0, 1), ceil_mode=True), dict(kernel_size=(3, 2, 2), stride=(2, 1, 3), padding=(1, 0, 1), ceil_mode=True, count_include_pad=False),
           dict(kernel_size=2, padding=1, divisor_override=3), dict(kernel_size=[2], stride=[1], padding=[1])]:
    v.grad = None
    y = F.avg_pool3d(v, **kw)
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(kw, y.shape, type(y.grad_fn).__name__, y[1, 0], v.grad[1, 1])
w.grad = None
y = F.avg_pool3d(w, 2, 1, 1, True, False)
y.sum().backward()
print(y.shape, type(y.grad_fn).__name__, y[1, 0], w.grad[2])
print(F.avg_pool3d(torch.arange(60.).reshape(1, 3, 4, 5), 2, 2, 1, True, False), F.avg_pool3d(torch.arange(60).reshape(1, 3, 4, 5), 2, 2, 1, True, True))
print(F.avg_pool3d(torch.ones(0, 1, 3, 4, 5), 2).shape)
ap = nn.AvgPool3d((1, 2, 3), stride=1, padding=(0, 1, 1), ceil_mode=True, count_include_pad=False, divisor_override=3)
print(nn.AvgPool3d(2), ap, ap.kernel_size, ap.stride, ap.padding, ap.ceil_mode, ap.count_include_pad, ap.divisor_override, ap(v).shape, ap(v)[0, 0, 0])
print(torch.autograd.gradcheck(lambda a: F.avg_pool3d(a, (2, 2, 3), stride=(1, 2, 1), padding=1, ceil_mode=True, count_include_pad=False), (xg,)))
t(lambda: F.avg_pool3d(v, 0))
t(lambda: F.avg_pool3d(v, 0, 1))
t(lambda: F.avg_pool3d(v, 2, 0))
t(lambda: F.avg_pool3d(v, 2, padding=2))
t(lambda: F.avg_pool3d(v, 2, padding=-1))
t(lambda: F.avg_pool3d(v, 5))
t(lambda: F.avg_pool3d(v, 5, padding=2))
t(lambda: F.avg_pool3d(torch.ones(3, 4, 5), 2))
t(lambda: F.avg_pool3d(torch.ones(3, 4), 2))
t(lambda: F.avg_pool3d(v, (2, 2)))
t(lambda: F.avg_pool3d(v, 2, (1, 1)))
t(lambda: F.avg_pool3d(v, 2, 1, (1, 1)))
t(lambda: F.avg_pool3d(v, 2, divisor_override=0))
t(lambda: F.avg_pool3d(torch.ones(1, 0, 3, 4, 5), 2))
t(lambda: F.avg_pool3d(torch.ones(2, 0, 4, 5), 2))
t(lambda: nn.AvgPool3d())
