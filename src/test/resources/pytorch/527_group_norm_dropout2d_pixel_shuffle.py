# nn.GroupNorm / F.group_norm (values, gradients to input, weight and bias, grad_fn, repr, checks),
# nn.Dropout2d / F.dropout2d (whole channels dropped with PyTorch's draws, eval mode), and
# nn.PixelShuffle / PixelUnshuffle / F.pixel_shuffle (T15).
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
torch.manual_seed(0)
x = torch.randn(2, 6, 3, requires_grad=True)
gn = nn.GroupNorm(3, 6)
print(gn, [n for n, _ in gn.named_parameters()], gn.weight.shape)
with torch.no_grad():
    gn.weight.copy_(torch.arange(1., 7.))
    gn.bias.copy_(torch.arange(6.) / 10)
y = gn(x)
print(y, type(y.grad_fn).__name__)
(y * torch.arange(36.).reshape(2, 6, 3)).sum().backward()
print(x.grad, gn.weight.grad, gn.bias.grad)
print(F.group_norm(x.detach(), 2), F.group_norm(x.detach(), 6, eps=0.1)[0, :2])
print(nn.GroupNorm(1, 6, affine=False), list(nn.GroupNorm(1, 6, affine=False).parameters()))
print(nn.GroupNorm(2, 4)(torch.arange(16.).reshape(2, 4, 2)))
t(lambda: nn.GroupNorm(4, 6))
t(lambda: F.group_norm(x, 4))
t(lambda: F.group_norm(torch.ones(3), 1))
t(lambda: F.group_norm(x, 3, torch.ones(3)))
t(lambda: F.group_norm(torch.ones(1, 2), 2))
torch.manual_seed(1)
d = nn.Dropout2d(0.5)
z = torch.ones(2, 4, 2, 2, requires_grad=True)
out = d(z)
print(d, out, type(out.grad_fn).__name__)
out.sum().backward()
print(z.grad[:, :, 0, 0])
print(F.dropout2d(torch.ones(1, 3, 2, 2), 0.3), F.dropout2d(torch.ones(1, 3, 2, 2), training=False).sum())
d.eval()
print(d(z).equal(z), nn.Dropout2d(p=0.2, inplace=True))
t(lambda: nn.Dropout2d(1.5))
ps = nn.PixelShuffle(2)
a = torch.arange(32.).reshape(1, 8, 2, 2).requires_grad_()
b = ps(a)
print(ps, b, type(b.grad_fn).__name__)
(b * torch.arange(32.).reshape(1, 2, 4, 4)).sum().backward()
print(a.grad.flatten())
print(nn.PixelUnshuffle(2)(b).equal(a), nn.PixelUnshuffle(2), F.pixel_unshuffle(b, 2).shape, F.pixel_shuffle(torch.ones(3, 4, 1, 1), 2).shape)
t(lambda: ps(torch.ones(1, 6, 2, 2)))
t(lambda: ps(torch.ones(4, 4)))
t(lambda: nn.PixelUnshuffle(2)(torch.ones(1, 1, 3, 4)))
