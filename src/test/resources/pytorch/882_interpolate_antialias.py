# F.interpolate(..., antialias=True) for mode='bilinear' and 'bicubic' on 4-d input, PyTorch 1.13's
# separable anti-aliased kernels (Pillow's triangle and A=-0.5 cubic filters, the support widened by the
# downsampling factor, each window's weights divided by their sum): values to the last bit (tolist), for
# downsampling and upsampling, align_corners True and False, sizes and scale factors (also recomputed),
# NaN and inf inputs; gradients (UpsampleBilinear2DAaBackward1 / UpsampleBicubic2DAaBackward1), second
# order (…AaBackwardBackward1), gradcheck and gradgradcheck; PyTorch's errors.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        r = f()
        print("ok", r.shape if hasattr(r, "shape") else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
torch.manual_seed(0)
for (H, W) in [(5, 7), (13, 6), (1, 4)]:
    x = torch.randn(1, 2, H, W, requires_grad=True)
    for mode in ["bilinear", "bicubic"]:
        for ac in [False, True]:
            for spec in [dict(size=(3, 4)), dict(size=(1, 1)), dict(scale_factor=0.5), dict(scale_factor=(0.3, 0.77)), dict(size=(9, 15)),
                         dict(scale_factor=(1.7, 2.5)), dict(size=(H, W)), dict(scale_factor=(0.45, 0.6), recompute_scale_factor=True)]:
                try:
                    y = F.interpolate(x, mode=mode, align_corners=ac, antialias=True, **spec)
                except Exception as e:
                    print(H, W, mode, ac, spec, type(e).__name__ + ":", e)
                    continue
                g = torch.arange(float(y.numel())).reshape(y.shape).sin()
                gx, = torch.autograd.grad(y, x, g)
                print(H, W, mode, ac, spec, tuple(y.shape), type(y.grad_fn).__name__, y[0, 1, :3].flatten().tolist(), gx[0, 0, :3].flatten().tolist())
img = torch.rand(1, 3, 16, 12, requires_grad=True)
small = F.interpolate(img, size=(5, 4), mode="bicubic", antialias=True)
plain = F.interpolate(img, size=(5, 4), mode="bicubic")
print(small[0, 1], plain[0, 1], type(small.grad_fn).__name__, type(plain.grad_fn).__name__)
(small * torch.linspace(-1, 1, small.numel()).reshape(small.shape)).sum().backward()
print(img.grad[0, 2, :6])
tiny = F.interpolate(img, scale_factor=0.25, mode="bilinear", antialias=True, align_corners=True)
print(tiny, tiny.sum(dim=(2, 3)))
v = torch.randn(1, 2, 3, 4, requires_grad=True)
u = torch.randn(1, 2, 5, 7, requires_grad=True)
for mode in ["bilinear", "bicubic"]:
    y = F.interpolate(u, size=(3, 4), mode=mode, antialias=True)
    g, = torch.autograd.grad(y, u, v, create_graph=True)
    gg, = torch.autograd.grad(g.pow(2).sum(), v, create_graph=True)
    print(type(g.grad_fn).__name__, len(g.grad_fn.next_functions), type(gg.grad_fn).__name__, g[0, 0, 1], gg[0, 1])
xg = torch.randn(1, 2, 6, 5, requires_grad=True)
for mode in ["bilinear", "bicubic"]:
    for size in [(3, 2), (8, 9), (4, 5)]:
        f = lambda a: F.interpolate(a, size=size, mode=mode, antialias=True)
        print(mode, size, torch.autograd.gradcheck(f, (xg,)), torch.autograd.gradgradcheck(f, (xg,)))
z = torch.arange(30.).reshape(1, 1, 5, 6)
z[0, 0, 2, 3] = float("inf")
z[0, 0, 4, 0] = float("nan")
for mode in ["bilinear", "bicubic"]:
    for size in [(5, 6), (5, 3), (2, 6), (10, 12), (1, 1)]:
        print(mode, size, F.interpolate(z, size=size, mode=mode, antialias=True).flatten().tolist())
print(F.interpolate(torch.ones(1, 1, 4, 4), scale_factor=0.5, mode="bilinear", antialias=True), F.interpolate(torch.ones(0, 2, 4, 4), size=(2, 2), mode="bicubic", antialias=True).shape)
print(F.interpolate(torch.tensor([[[[1., float("nan"), 3, 4, 5, 6]]]]), size=(1, 3), mode="bicubic", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4, dtype=torch.long), size=(2, 2), mode="bilinear", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4, dtype=torch.long), size=(8, 8), mode="bicubic", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4), size=(0, 2), mode="bicubic", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4), scale_factor=-0.5, mode="bilinear", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 0, 4, 4), size=(2, 2), mode="bicubic", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4), size=2, mode="linear", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4), size=2, mode="nearest", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4, 4), size=2, mode="trilinear", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 4, 4), size=(2,), mode="bilinear", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4), scale_factor=0.5, mode="area", antialias=True))
t(lambda: F.interpolate(torch.ones(2, 4, 4), size=(2, 2), mode="bicubic", antialias=True))
t(lambda: F.interpolate(torch.ones(1, 1, 4, 4), size=(2, 2), mode="bilinear", antialias=1))
# the other modes refuse an empty channel axis as the anti-aliased ones do
for shape, mode in [((1, 0, 4), "linear"), ((1, 0, 4), "nearest"), ((1, 0, 4, 4, 4), "trilinear"), ((1, 0, 4, 4), "nearest-exact"), ((1, 0, 4, 4), "bilinear"),
                    ((1, 0, 4, 4), "area"), ((1, 0, 0, 4), "bilinear"), ((0, 2, 4, 4), "bicubic")]:
    t(lambda: F.interpolate(torch.ones(shape), size=(2,) * (len(shape) - 2), mode=mode))
