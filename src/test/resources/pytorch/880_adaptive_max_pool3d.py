# nn.AdaptiveMaxPool3d / F.adaptive_max_pool3d (output sizes as an int, a triple with None entries, 0,
# larger than the input so that windows overlap; unbatched 4-d and batched 5-d input; return_indices, the
# flat indices within each volume): values, indices, gradients of a weighted sum (AdaptiveMaxPool3DBackward0,
# ties and NaN as PyTorch's kernel picks them), reprs, gradcheck and PyTorch 1.13's errors, in its order
# (rank, empty axes, negative sizes, dtype); adaptive_max_pool2d and the average pools take their output
# sizes through the same _list_with_default.
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
for o in [1, 2, (1, 1, 1), (2, None, 3), (None, None, None), (3, 4, 5), (1, 2, 1), [2, 3, 4], (5, 7, 3), (4, 6, 8)]:
    x.grad = None
    y, i = F.adaptive_max_pool3d(x, o, return_indices=True)
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(o, y.shape, type(y.grad_fn).__name__, i.dtype, y[1, 0], i[1, 0], x.grad[0, 1])
z, zi = F.adaptive_max_pool3d(x, 0, True)
print(z.shape, zi.shape, type(z.grad_fn).__name__, F.adaptive_max_pool3d(x, (2, 0, 1)).shape)
u = torch.randn(3, 4, 5, 6, requires_grad=True)
for o in [1, (2, 3, None), 3, (4, 5, 6)]:
    u.grad = None
    y, i = F.adaptive_max_pool3d(u, o, True)
    (y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
    print(o, y.shape, type(y.grad_fn).__name__, y[2], i[2], u.grad[1])
m = nn.AdaptiveMaxPool3d((2, None, 3))
print(m, m.output_size, m.return_indices, m(x).shape, type(m(x).grad_fn).__name__, m(u).shape)
mi = nn.AdaptiveMaxPool3d(2, return_indices=True)
print(mi, mi.return_indices, mi(u)[1][0], nn.AdaptiveMaxPool3d([1, 2, 3], True), nn.AdaptiveMaxPool3d(output_size=(None, 1, None)))
print(nn.AdaptiveMaxPool3d(output_size=[1, 1, None]).extra_repr(), nn.AdaptiveMaxPool3d(1)(x)[0, 1])
v, vi = F.adaptive_max_pool3d_with_indices(x, (1, 2, 2))
print(v[0, 0], vi[0, 0], torch.nn.functional.adaptive_max_pool3d_with_indices(u, 1, False)[1].shape)
print(torch.equal(torch.gather(x.flatten(2), 2, F.adaptive_max_pool3d(x, 2, True)[1].flatten(2)), F.adaptive_max_pool3d(x, 2).flatten(2)))
# ties: the first entry of the window; NaN: the last NaN; -inf windows and values below -FLT_MAX: the first entry
w = torch.tensor([1., float("nan"), 3, float("nan"), 2, 2, 5, 5]).reshape(1, 2, 2, 2).requires_grad_()
y, i = F.adaptive_max_pool3d(w, (1, 1, 2), return_indices=True)
y.sum().backward()
print(y, i, w.grad)
e = torch.tensor([[[2., 2.], [2., 2.]], [[2., 2.], [2., 2.]]]).reshape(1, 1, 2, 2, 2).requires_grad_()
y, i = F.adaptive_max_pool3d(e, 1, True)
y.sum().backward()
print(y, i, e.grad.flatten())
print(F.adaptive_max_pool3d(torch.full((1, 1, 2, 2, 2), -float("inf")), 1, True), F.adaptive_max_pool3d(torch.full((1, 2, 2, 2), -1e300), (1, 1, 1), True))
print(F.adaptive_max_pool3d(torch.arange(24.).reshape(1, 2, 3, 4), (2, 2, 2), True))
print(F.adaptive_max_pool3d(torch.ones(0, 2, 3, 4, 5), 2).shape, F.adaptive_max_pool3d(torch.ones(0, 3, 4, 5), 2).shape)
xg = torch.randn(1, 2, 3, 5, 4, requires_grad=True)
print(torch.autograd.gradcheck(lambda a: F.adaptive_max_pool3d(a, (2, 3, 3)), (xg,)), torch.autograd.gradcheck(lambda a: F.adaptive_max_pool3d(a, (4, 2, 5)), (xg[0],)))
net = nn.Sequential(nn.Conv3d(1, 2, 3, padding=1), nn.ReLU(), nn.AdaptiveMaxPool3d(1), nn.Flatten())
print(net(torch.ones(2, 1, 3, 3, 3)).shape, net)
t(lambda: F.adaptive_max_pool3d(x, (1, 2)))
t(lambda: F.adaptive_max_pool3d(x, (1, 2, 3, 4)))
t(lambda: F.adaptive_max_pool3d(x, -1))
t(lambda: F.adaptive_max_pool3d(x, (1, -2, 3)))
t(lambda: F.adaptive_max_pool3d(u, (-1, -2, 3)))
t(lambda: F.adaptive_max_pool3d(torch.ones(3, 4, 5), 2))
t(lambda: F.adaptive_max_pool3d(torch.ones(3, 4), 1))
t(lambda: F.adaptive_max_pool3d(torch.ones(3, 4), (1, 2, 3)))
t(lambda: F.adaptive_max_pool3d(torch.ones(1, 2, 3, 4, 5, 6), 2))
t(lambda: F.adaptive_max_pool3d(torch.ones(1, 0, 3, 4, 5), 2))
t(lambda: F.adaptive_max_pool3d(torch.ones(2, 0, 4, 5), 2))
t(lambda: F.adaptive_max_pool3d(torch.ones(2, 0, 4, 5), -1))
t(lambda: F.adaptive_max_pool3d(torch.ones(2, 3, 4, 5, dtype=torch.int64), 2))
t(lambda: F.adaptive_max_pool3d(torch.ones(2, 3, 4, 5, dtype=torch.int64), -1))
t(lambda: F.adaptive_max_pool3d(u, 2.5))
t(lambda: F.adaptive_max_pool3d(u, (2, 2.0, 1)))
t(lambda: F.adaptive_max_pool3d(u, True))
t(lambda: F.adaptive_max_pool3d(u, [None, None, None]))
t(lambda: F.adaptive_max_pool3d(u, (None, 2)))
t(lambda: nn.AdaptiveMaxPool3d())
t(lambda: nn.AdaptiveMaxPool3d((1, 2))(x))
# the 2-d pools read their output sizes the same way
t(lambda: F.adaptive_max_pool2d(torch.ones(1, 2, 2, dtype=torch.long), -1))
t(lambda: F.adaptive_max_pool2d(torch.ones(1, 2, 2), 2.5))
t(lambda: F.adaptive_max_pool2d(torch.ones(2), (1, 2)))
t(lambda: F.adaptive_max_pool2d(torch.ones(2, 3, 4), (1, 2.0)))
t(lambda: F.adaptive_avg_pool2d(torch.ones(2, 3, 4), (1, 2.0)))
t(lambda: F.adaptive_avg_pool2d(torch.ones(2), (1, 2)))
t(lambda: F.adaptive_avg_pool3d(torch.ones(3, 4), (1, 2, 3)))
t(lambda: F.adaptive_avg_pool3d(torch.ones(2, 3, 4, 5), (1, 2, 3.5)))
t(lambda: nn.AdaptiveAvgPool3d((None, 2, None))(torch.ones(2, 3, 4, 5)))
t(lambda: nn.AdaptiveMaxPool2d((None, 2))(torch.ones(2, 3, 4)))
t(lambda: nn.AdaptiveMaxPool1d(2, True)(torch.ones(2, 3, 4)))
