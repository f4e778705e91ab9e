# F.interpolate / nn.Upsample (T15): nearest and (bi)linear, by size or scale_factor, align_corners,
# the grad_fn names (the scale-factor overloads are Backward1), gradients, reprs and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = torch.arange(1., 13.).reshape(1, 1, 3, 4).requires_grad_()
v = torch.tensor([[[1., 4., 2., 8.]]], requires_grad=True)
cases = [lambda: F.interpolate(x, scale_factor=2), lambda: F.interpolate(x, size=(5, 3)), lambda: F.interpolate(x, size=4),
         lambda: F.interpolate(x, scale_factor=2, mode="bilinear"), lambda: F.interpolate(x, size=(4, 7), mode="bilinear", align_corners=True),
         lambda: F.interpolate(x, size=(2, 3), mode="bilinear"), lambda: F.interpolate(x, scale_factor=(1.5, 0.5), mode="bilinear"),
         lambda: F.interpolate(v, scale_factor=2, mode="linear"), lambda: F.interpolate(v, size=7, mode="linear", align_corners=True),
         lambda: F.interpolate(v, size=6), lambda: F.interpolate(v, scale_factor=1.5), lambda: F.interpolate(x, scale_factor=2.5, mode="bilinear", recompute_scale_factor=True)]
for f in cases:
    y = f()
    print(tuple(y.shape), type(y.grad_fn).__name__)
    print(y)
    inp = x if y.dim() == 4 else v
    g, = torch.autograd.grad((y * torch.arange(float(y.numel())).reshape(y.shape)).sum(), inp)
    print(g)
up = nn.Upsample(scale_factor=2, mode="nearest")
print(up, up(torch.tensor([[[[1., 2.], [3., 4.]]]])))
print(nn.Upsample(size=(3, 3), mode="bilinear", align_corners=False), nn.Upsample(scale_factor=(2, 3)), nn.Upsample(size=5))
print(nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)(torch.tensor([[[[1., 2.], [3., 4.]]]])))
t(lambda: F.interpolate(x, scale_factor=2, mode="nearest", align_corners=True))
t(lambda: F.interpolate(v, scale_factor=2, mode="bilinear"))
t(lambda: F.interpolate(x, scale_factor=2, mode="linear"))
t(lambda: F.interpolate(x))
t(lambda: F.interpolate(x, size=2, scale_factor=2))
t(lambda: F.interpolate(x, size=(2, 2, 2)))
t(lambda: F.interpolate(x, scale_factor=2, mode="cubic"))
t(lambda: F.interpolate(torch.ones(3), scale_factor=2))
t(lambda: F.interpolate(torch.tensor([[[1, 2]]]), scale_factor=2))
