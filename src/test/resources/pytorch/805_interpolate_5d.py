# F.interpolate / nn.Upsample on 5-D (N, C, D, H, W) input: mode='area' (adaptive average pooling
# 3-d, a mean for an output of 1 x 1 x 1, empty outputs), 'trilinear' (align_corners), 'nearest' and
# 'nearest-exact': values, grad_fn names, gradients of a weighted sum, reprs and errors (tester Z69).
# Recorded from torch 1.13.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
z = torch.randn(2, 2, 3, 4, 5, requires_grad=True)
cases = [
    ("area_down", lambda: F.interpolate(z, size=(2, 3, 2), mode="area")),
    ("area_up", lambda: F.interpolate(z, scale_factor=1.5, mode="area")),
    ("area_mixed", lambda: F.interpolate(z, size=(5, 2, 5), mode="area")),
    ("area_one", lambda: F.interpolate(z, size=1, mode="area")),
    ("area_empty", lambda: F.interpolate(z, size=(2, 0, 3), mode="area")),
    ("trilinear", lambda: F.interpolate(z, scale_factor=2, mode="trilinear")),
    ("trilinear_aligned", lambda: F.interpolate(z, size=(4, 3, 7), mode="trilinear", align_corners=True)),
    ("trilinear_frac", lambda: F.interpolate(z, scale_factor=(0.7, 1.3, 1.9), mode="trilinear")),
    ("nearest", lambda: F.interpolate(z, size=(4, 6, 3), mode="nearest")),
    ("nearest_scale", lambda: F.interpolate(z, scale_factor=2, mode="nearest")),
    ("nearest_exact", lambda: F.interpolate(z, size=(2, 7, 4), mode="nearest-exact")),
    ("upsample", lambda: nn.Upsample(scale_factor=(1, 2, 1), mode="trilinear")(z)),
]
for name, f in cases:
    y = f()
    w = torch.arange(float(y.numel())).reshape(y.shape).sin()
    z.grad = None
    (y * w).sum().backward()
    print(name, tuple(y.shape), y.grad_fn.name(), repr(y.sum().item()))
    print(y[0, 1])
    print(z.grad[1, 0])
vol = torch.arange(24.).reshape(1, 1, 2, 3, 4)
print(F.interpolate(vol, size=(1, 2, 2), mode="area"))
print(F.interpolate(vol, size=(3, 2, 3), mode="trilinear", align_corners=True))
print(nn.Upsample(size=(2, 2, 2), mode="trilinear"))
print(F.interpolate(vol[0], size=(0, 3), mode="area"), F.interpolate(vol[0, 0], size=0, mode="area"))
for bad in [lambda: F.interpolate(torch.arange(24).reshape(1, 1, 2, 3, 4), size=3, mode="area"),
            lambda: F.interpolate(torch.arange(24).reshape(1, 2, 2, 3, 2), size=3, mode="trilinear"),
            lambda: F.interpolate(torch.zeros(2, 2, 0, 3, 3), size=(2, 1, 3), mode="area"),
            lambda: F.interpolate(vol, size=(2, 2), mode="area"),
            lambda: F.interpolate(vol, size=3, mode="bilinear"),
            lambda: F.interpolate(vol, size=(2, 0, 2), mode="trilinear")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
