# F.interpolate / nn.Upsample mode='bicubic' (Keys' cubic convolution, A = -0.75, the taps clamped
# at the borders): values by size or scale_factor, align_corners, grad_fn names, gradients of a
# weighted sum, reprs and PyTorch's errors (tester Z69). Recorded from torch 1.13.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(2, 2, 3, 5, requires_grad=True)
cases = [
    ("up2", lambda: F.interpolate(x, scale_factor=2, mode="bicubic")),
    ("up2_aligned", lambda: F.interpolate(x, scale_factor=2, mode="bicubic", align_corners=True)),
    ("size", lambda: F.interpolate(x, size=(4, 7), mode="bicubic")),
    ("size_aligned", lambda: F.interpolate(x, size=(4, 7), mode="bicubic", align_corners=True)),
    ("down", lambda: F.interpolate(x, size=(2, 2), mode="bicubic")),
    ("down_aligned", lambda: F.interpolate(x, size=(2, 3), mode="bicubic", align_corners=True)),
    ("one", lambda: F.interpolate(x, size=1, mode="bicubic", align_corners=True)),
    ("scale_frac", lambda: F.interpolate(x, scale_factor=(1.7, 0.6), mode="bicubic")),
    ("recompute", lambda: F.interpolate(x, scale_factor=2.5, mode="bicubic", recompute_scale_factor=True)),
    ("same", lambda: F.interpolate(x, size=(3, 5), mode="bicubic")),
    ("upsample", lambda: nn.Upsample(scale_factor=3, mode="bicubic")(x)),
]
for name, f in cases:
    y = f()
    w = torch.arange(float(y.numel())).reshape(y.shape).cos()
    x.grad = None
    (y * w).sum().backward()
    print(name, tuple(y.shape), y.grad_fn.name())
    print(y)
    print(x.grad)
img = torch.arange(12.).reshape(1, 1, 3, 4)
print(F.interpolate(img, size=(5, 6), mode="bicubic", align_corners=True))
print(F.interpolate(img, scale_factor=0.5, mode="bicubic"))
print(F.interpolate(img, size=(1, 1), mode="bicubic"))
up = nn.Upsample(size=(4, 4), mode="bicubic", align_corners=False)
print(up, nn.Upsample(scale_factor=2, mode="bicubic"), up(img))
for bad in [lambda: F.interpolate(torch.randn(1, 1, 2, 3, 4), size=3, mode="bicubic"),
            lambda: F.interpolate(torch.randn(1, 1, 3), size=3, mode="bicubic"),
            lambda: F.interpolate(torch.arange(12).reshape(1, 1, 3, 4), size=3, mode="bicubic"),
            lambda: F.interpolate(img, size=(3, 0), mode="bicubic"),
            lambda: F.interpolate(img, scale_factor=-1.0, mode="bicubic"),
            lambda: F.interpolate(img, size=(2, 2, 2), mode="bicubic"),
            lambda: F.interpolate(img, size=(3, 0), mode="nearest"),
            lambda: F.interpolate(img[0], size=0, mode="linear"),
            lambda: F.interpolate(img, size=3, mode="nearest", antialias=True)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# an integer input is refused by the kernel PyTorch picks: the channels-last one when the input is
# also channels-last contiguous (one channel or one pixel), except for bicubic
for shape, mode in [((1, 1, 3, 4), "bicubic"), ((1, 1, 3, 4), "bilinear"), ((1, 2, 3, 4), "bilinear"), ((2, 3, 1, 1), "nearest"),
                    ((1, 1, 3, 4), "nearest-exact"), ((1, 1, 2, 3, 4), "trilinear"), ((1, 1, 4), "linear")]:
    try:
        F.interpolate(torch.zeros(shape, dtype=torch.long), scale_factor=2, mode=mode)
    except Exception as e:
        print(shape, mode, type(e).__name__, e)
