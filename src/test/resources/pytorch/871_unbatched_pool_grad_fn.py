# Unbatched input to the pooling layers: PyTorch 1.13 puts the pool's own node on a (C, H, W) image or
# a (C, D, H, W) volume (no unsqueeze/squeeze pair), the 1-d pools one SqueezeBackward1 over the 2-d
# pool of the row they added, adaptive average pooling to 1x1 a mean (MeanBackward1); convolutions
# (and transposed ones, with groups too) of unbatched input end in SqueezeBackward1 over one
# ConvolutionBackward0 on the input, weights and bias.
# Values, gradients and the whole chain of node names down to the leaves, batched and unbatched.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def chain(y):
    out, todo, keep = [], [y.grad_fn], []
    while todo:
        f = todo.pop(0)
        if f is None or any(f == k for k in keep):
            continue
        keep.append(f)
        out.append(f.name().replace("torch::autograd::", ""))
        todo.extend(g for g, _ in f.next_functions)
    return " ".join(out)
torch.manual_seed(0)
x2 = torch.randn(2, 7, requires_grad=True)
x3 = torch.randn(2, 5, 6, requires_grad=True)
x4 = torch.randn(2, 4, 5, 4, requires_grad=True)
torch.manual_seed(1)
cases = [
    ("MaxPool1d", nn.MaxPool1d(3, 2, 1), x2), ("AvgPool1d", nn.AvgPool1d(3, 2, 1, ceil_mode=True), x2),
    ("AdaptiveAvgPool1d", nn.AdaptiveAvgPool1d(3), x2), ("AdaptiveAvgPool1d(1)", nn.AdaptiveAvgPool1d(1), x2),
    ("AdaptiveMaxPool1d", nn.AdaptiveMaxPool1d(3), x2), ("LPPool1d", nn.LPPool1d(2, 3, 2), x2),
    ("MaxPool2d", nn.MaxPool2d(2, 2, 1, dilation=1), x3), ("MaxPool2d dilated", nn.MaxPool2d(2, 1, dilation=2, ceil_mode=True), x3),
    ("AvgPool2d", nn.AvgPool2d((3, 2), 2, (1, 0), count_include_pad=False), x3), ("AvgPool2d divisor", nn.AvgPool2d(2, divisor_override=3), x3),
    ("AdaptiveAvgPool2d", nn.AdaptiveAvgPool2d((3, 4)), x3), ("AdaptiveAvgPool2d(1)", nn.AdaptiveAvgPool2d(1), x3),
    ("AdaptiveAvgPool2d(None, 1)", nn.AdaptiveAvgPool2d((None, 1)), x3), ("AdaptiveMaxPool2d", nn.AdaptiveMaxPool2d((2, 4)), x3),
    ("AdaptiveMaxPool2d(1)", nn.AdaptiveMaxPool2d(1), x3), ("LPPool2d", nn.LPPool2d(2, 2), x3), ("LPPool2d p=3", nn.LPPool2d(3, (2, 3), 1), x3),
    ("MaxPool3d", nn.MaxPool3d(2, 1), x4), ("AvgPool3d", nn.AvgPool3d(2, (1, 2, 1), 1), x4),
    ("AdaptiveAvgPool3d", nn.AdaptiveAvgPool3d((2, 3, 2)), x4), ("AdaptiveAvgPool3d(1)", nn.AdaptiveAvgPool3d(1), x4),
    ("Conv1d", nn.Conv1d(2, 3, 2), x2), ("Conv1d reflect", nn.Conv1d(2, 3, 2, padding=1, padding_mode="reflect"), x2),
    ("Conv2d", nn.Conv2d(2, 3, 2), x3), ("Conv3d", nn.Conv3d(2, 3, 2), x4),
    ("ConvTranspose1d", nn.ConvTranspose1d(2, 3, 2, 2), x2), ("ConvTranspose2d", nn.ConvTranspose2d(2, 3, 2), x3),
    ("ConvTranspose3d", nn.ConvTranspose3d(2, 3, 2, (1, 2, 1)), x4),
    ("Conv1d groups", nn.Conv1d(2, 4, 3, groups=2), x2), ("Conv2d groups", nn.Conv2d(2, 2, 2, groups=2, bias=False), x3),
    ("Conv3d groups", nn.Conv3d(2, 4, 2, groups=2), x4), ("ConvTranspose1d groups", nn.ConvTranspose1d(2, 4, 3, groups=2), x2),
    ("ConvTranspose2d groups", nn.ConvTranspose2d(2, 2, 2, 2, groups=2), x3), ("ConvTranspose3d groups", nn.ConvTranspose3d(2, 4, 2, groups=2, bias=False), x4),
]
for name, layer, x in cases:
    print(layer)
    for inp in (x, x.unsqueeze(0)):
        y = layer(inp)
        w = torch.arange(float(y.numel())).reshape(y.shape).sin()
        g, = torch.autograd.grad((y * w).sum(), x)
        print(" ", name, tuple(inp.shape), "->", tuple(y.shape), "|", chain(y))
        print(y.detach().flatten()[:8], g.flatten()[:8], g.sum().item())
# the functional forms, return_indices, and the node once more with the indices
for name, f, x in [("F.max_pool2d", lambda t: F.max_pool2d(t, 2, return_indices=True), x3), ("F.adaptive_max_pool2d", lambda t: F.adaptive_max_pool2d(t, 3, True), x3),
                   ("F.max_pool1d", lambda t: F.max_pool1d(t, 2, return_indices=True), x2), ("F.adaptive_max_pool1d", lambda t: F.adaptive_max_pool1d(t, 2, True), x2),
                   ("F.avg_pool2d", lambda t: (F.avg_pool2d(t, 2, 1, 1),), x3), ("F.adaptive_avg_pool2d", lambda t: (F.adaptive_avg_pool2d(t, (1, 1)),), x3),
                   ("F.lp_pool2d", lambda t: (F.lp_pool2d(t, 2, 2),), x3), ("F.max_pool3d", lambda t: F.max_pool3d(t, 2, return_indices=True), x4)]:
    r = f(x)
    print(name, chain(r[0]), r[-1].flatten()[:6] if len(r) > 1 else "")
# second order through the unbatched average pool, and its saved input
y = F.avg_pool2d(x3, 2, 1, 1, count_include_pad=False)
gx, = torch.autograd.grad((y ** 2).sum(), x3, create_graph=True)
print(gx.grad_fn.name(), [f.name().replace("torch::autograd::", "") for f, _ in gx.grad_fn.next_functions])
for f, t in ((lambda t: F.adaptive_avg_pool2d(t, 3), x3), (lambda t: F.avg_pool3d(t, 2, 1), x4), (lambda t: F.adaptive_avg_pool3d(t, (1, 2, 3)), x4)):
    g, = torch.autograd.grad((f(t) ** 2).sum(), t, create_graph=True)
    print(g.grad_fn.name() if g.grad_fn is not None else None, g.sum().item())
print(torch.autograd.grad((gx ** 3).sum(), x3)[0][1])
print(torch.autograd.gradcheck(lambda t: F.avg_pool2d(t, (2, 3), 1, (1, 1)), (x3,)), torch.autograd.gradgradcheck(lambda t: F.adaptive_avg_pool2d(t, (4, 3)), (x3,)))
z = x3.detach().clone().requires_grad_()
h = z * 1
p = F.avg_pool2d(h, 2)
q = F.max_pool2d(h, 2)
h.add_(1)
for out in (p, q):
    try:
        out.sum().backward()
        print("ok", z.grad.sum())
    except RuntimeError as e:
        print("RuntimeError:", e)
