# nn.AdaptiveMaxPool2d / F.adaptive_max_pool2d (return_indices, None in output_size, windows that overlap
# when the output is larger than the input), adaptive_max_pool2d_with_indices, their gradients (AdaptiveMaxPool2DBackward0)
# and errors, and AdaptiveMaxPool1d's indices. Recorded from torch 1.13.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(2, 3, 5, 7, requires_grad=True)
for os in [2, (3, 4), (None, 3), (5, 7), (1, 1), (6, 9)]:
    y, i = F.adaptive_max_pool2d(x, os, return_indices=True)
    print(os, y.shape, i[0, 0], y.grad_fn.name())
    g, = torch.autograd.grad((y * torch.arange(y.numel()).reshape(y.shape)).sum(), x)
    print(g[1, 2])
m = nn.AdaptiveMaxPool2d((2, 3))
print(m, nn.AdaptiveMaxPool2d(2, return_indices=True), m(x[0]).shape, m(x[0])[1])
print(nn.AdaptiveMaxPool2d((None, 2), True)(x[0, 0:1])[1])
print(F.adaptive_max_pool2d(x, 3)[0, 0])
print(torch.nn.functional.adaptive_max_pool2d_with_indices(x, 2)[1][0, 0])
for f in [lambda: F.adaptive_max_pool2d(x[0, 0, 0], 2), lambda: F.adaptive_max_pool2d(x, (1, 2, 3)), lambda: F.adaptive_max_pool2d(x, -1),
          lambda: F.adaptive_max_pool2d(torch.ones(1, 2, 2, dtype=torch.long), 1), lambda: F.adaptive_max_pool2d(torch.ones(1, 0, 2), 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
y = F.adaptive_max_pool1d(x[0], 3, return_indices=True)
print(y[1][0])
print(nn.AdaptiveMaxPool1d(3, return_indices=True)(x[0, 0]))
