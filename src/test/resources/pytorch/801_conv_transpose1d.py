# nn.ConvTranspose1d / F.conv_transpose1d (stride, padding, output_padding, dilation, groups, bias,
# output_size, unbatched input): seeded weights, values, gradients, grad_fn names, reprs, attributes
# and PyTorch 1.13's errors in its words.
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
m = nn.ConvTranspose1d(2, 3, 3, stride=2)
print(m, m.weight.shape, m.weight, m.bias)
print(m.kernel_size, m.stride, m.padding, m.dilation, m.output_padding, m.groups, m.padding_mode, m.in_channels, m.out_channels, m.transposed)
x = torch.randn(2, 2, 4, requires_grad=True)
y = m(x)
print(y, type(y.grad_fn).__name__)
(y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
print(x.grad, m.weight.grad, m.bias.grad)
print(m(x, [10]).shape, m(x, output_size=(2, 3, 10)).shape, m(x[0]).shape, type(m(x[0]).grad_fn).__name__)
for kw in [dict(), dict(stride=3), dict(padding=1), dict(padding=2, stride=2, output_padding=1), dict(dilation=2), dict(stride=2, dilation=3, output_padding=2),
           dict(padding=(1,), stride=(2,))]:
    r = F.conv_transpose1d(x, m.weight, m.bias, **kw)
    print(kw, r.shape, r.sum().item(), r[1, 2])
g = nn.ConvTranspose1d(4, 6, 2, groups=2, bias=False, dilation=2, padding=1, output_padding=1, stride=2)
print(g, g.weight.shape, g(torch.ones(1, 4, 3)))
print(nn.ConvTranspose1d(1, 2, (3,), stride=(2,), padding=(1,)), nn.ConvTranspose1d(16, 33, 3, stride=2), nn.ConvTranspose1d(2, 2, 3, groups=2, bias=False))
w = torch.arange(8.).reshape(2, 2, 2)
print(F.conv_transpose1d(torch.arange(6.).reshape(1, 2, 3), w), F.conv_transpose1d(torch.ones(2, 3), w, torch.tensor([1., -1.]), 2))
xg = torch.randn(1, 4, 5, requires_grad=True)
wg = torch.randn(4, 3, 3, requires_grad=True)
bg = torch.randn(6, requires_grad=True)
print(torch.autograd.gradcheck(lambda a, c, d: F.conv_transpose1d(a, c, d, stride=2, padding=1, output_padding=1, groups=2, dilation=2), (xg, wg, bg)))
r = F.conv_transpose1d(xg, wg, bg, stride=2, groups=2)
gx, = torch.autograd.grad((r ** 2).sum(), xg, create_graph=True)
gw, = torch.autograd.grad((gx ** 2).sum(), wg)
print(gx[0], gw)
torch.manual_seed(3)
dec = nn.Sequential(nn.ConvTranspose1d(4, 3, 4, 2, 1), nn.ReLU(), nn.ConvTranspose1d(3, 1, 3, 1, 1))
opt = torch.optim.SGD(dec.parameters(), lr=0.1)
z = torch.randn(2, 4, 5)
for _ in range(3):
    opt.zero_grad()
    loss = dec(z).pow(2).mean()
    loss.backward()
    opt.step()
    print(loss.item())
print(dec)
# errors
t(lambda: F.conv_transpose1d(torch.ones(1, 3, 4), torch.ones(2, 1, 3)))
t(lambda: F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 1, 3), stride=2, output_padding=2))
t(lambda: F.conv_transpose1d(torch.ones(2, 2, 2, 2), torch.ones(2, 1, 3)))
t(lambda: F.conv_transpose1d(torch.ones(2), torch.ones(2, 1, 3)))
t(lambda: F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 1, 3), stride=0))
t(lambda: F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 1, 3), padding=-1))
t(lambda: F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 1, 3), stride=(1, 1)))
t(lambda: F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 1, 3), torch.ones(3)))
t(lambda: m(x, [20]))
t(lambda: m(x, [8]))
t(lambda: nn.ConvTranspose1d(3, 4, 2, groups=2))
t(lambda: nn.ConvTranspose1d(4, 3, 2, groups=2))
t(lambda: nn.ConvTranspose1d(2, 2, 3, padding_mode="reflect"))
t(lambda: F.conv_transpose1d(x, m.weight, padding=4))
t(lambda: F.conv_transpose1d(x, m.weight, padding=3))
t(lambda: m(torch.ones(1, 3, 4)))
