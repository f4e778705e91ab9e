# F.interpolate's mode='nearest-exact' (the pixel nearest each output's centre, floored in float32 as 1.13's
# kernel) and mode='area' (adaptive average pooling), values, grad_fn names and gradients (tester Z69).
# Recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(1, 2, 5, 7, requires_grad=True)
v = torch.randn(2, 3, 6, requires_grad=True)
cases = [
    ("exact_up", lambda: F.interpolate(x, scale_factor=2, mode="nearest-exact")),
    ("exact_size", lambda: F.interpolate(x, size=(3, 4), mode="nearest-exact")),
    ("exact_odd", lambda: F.interpolate(x, size=(8, 11), mode="nearest-exact")),
    ("exact_1d", lambda: F.interpolate(v, size=4, mode="nearest-exact")),
    ("exact_scale_frac", lambda: F.interpolate(x, scale_factor=1.7, mode="nearest-exact")),
    ("nearest_scale_frac", lambda: F.interpolate(x, scale_factor=1.7, mode="nearest")),
    ("area_down", lambda: F.interpolate(x, size=(2, 7), mode="area")),
    ("area_up", lambda: F.interpolate(x, scale_factor=1.5, mode="area")),
    ("area_1d", lambda: F.interpolate(v, size=4, mode="area")),
    ("upsample_exact", lambda: torch.nn.Upsample(scale_factor=3, mode="nearest-exact")(v)),
]
for name, f in cases:
    y = f()
    g, = torch.autograd.grad((y * y).sum(), x if y.ndim == 4 else v)
    print(name, tuple(y.shape), y.grad_fn.name(), repr(y.sum().item()), repr(g.abs().sum().item()))
print(F.interpolate(torch.arange(5.).reshape(1, 1, 5), size=3, mode="nearest-exact"))
print(F.interpolate(torch.arange(5.).reshape(1, 1, 5), size=3, mode="nearest"))
try:
    F.interpolate(torch.arange(5).reshape(1, 1, 5), size=3, mode="nearest-exact")
except Exception as e:
    print(type(e).__name__, e)
