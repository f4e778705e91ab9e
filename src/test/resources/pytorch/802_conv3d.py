# nn.Conv3d / F.conv3d (stride, padding as numbers, tuples, 'same' and 'valid', dilation, groups, no
# bias, unbatched input): seeded weights, values, gradients (also second order), gradcheck,
# grad_fn names, reprs, attributes, a small video classifier trained a few steps, and PyTorch 1.13's
# errors in its words.
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
c = nn.Conv3d(2, 3, 2)
print(c, c.weight.shape, c.weight[1], c.bias)
print(c.kernel_size, c.stride, c.padding, c.dilation, c.groups, c.padding_mode, c.in_channels, c.out_channels, c.output_padding, c.transposed)
x = torch.randn(2, 2, 3, 4, 5, requires_grad=True)
y = c(x)
print(y.shape, type(y.grad_fn).__name__, y[1, 2])
(y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
print(x.grad[1, 0], c.weight.grad[2], c.bias.grad)
w = torch.randn(4, 2, 2, 3, 2, requires_grad=True)
b = torch.randn(4, requires_grad=True)
for kw in [dict(), dict(stride=2), dict(padding=1), dict(dilation=(1, 1, 2)), dict(stride=(1, 2, 3), padding=(1, 0, 2)), dict(padding="same"),
           dict(padding="valid"), dict(padding="same", dilation=2), dict(stride=(2, 1, 1), dilation=(1, 1, 2), padding=(0, 1, 1))]:
    r = F.conv3d(x, w, b, **kw)
    print(kw, r.shape, r.sum().item(), r[0, 3, 0])
r = F.conv3d(x, w[:, :1], None, 1, 1, 1, 2)
print(r.shape, r[1, 3, 1])
xg = torch.randn(1, 2, 3, 3, 4, requires_grad=True)
wg = torch.randn(2, 1, 2, 2, 2, requires_grad=True)
bg = torch.randn(2, requires_grad=True)
print(torch.autograd.gradcheck(lambda a, e, d: F.conv3d(a, e, d, stride=(1, 2, 1), padding=1, dilation=(1, 1, 2), groups=2), (xg, wg, bg)))
r = F.conv3d(xg, wg, bg, padding=1, groups=2)
gx, = torch.autograd.grad((r ** 2).sum(), xg, create_graph=True)
gw, = torch.autograd.grad((gx ** 2).sum(), wg)
print(gx[0, 1], gw)
u = F.conv3d(x[0], w, b, padding=1)
print(u.shape, type(u.grad_fn).__name__, u[2, 1])
print(nn.Conv3d(1, 6, 5), nn.Conv3d(4, 8, (3, 1, 1), stride=2, padding=1, dilation=2, groups=2, bias=False), nn.Conv3d(1, 2, 3, padding="same"),
      nn.Conv3d(1, 2, 3, padding="valid"), nn.Conv3d(1, 2, (3, 2, 1), stride=(1, 2, 1), padding=(1, 0, 0)))
torch.manual_seed(5)
g = nn.Conv3d(4, 2, (1, 2, 3), groups=2, bias=False)
print(g.weight, g.bias, g(torch.ones(1, 4, 2, 2, 3)))
torch.manual_seed(2)
net = nn.Sequential(nn.Conv3d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 4 * 4 * 4, 3))
opt = torch.optim.SGD(net.parameters(), lr=0.05)
clips, labels = torch.randn(5, 1, 4, 4, 4), torch.tensor([0, 1, 2, 1, 0])
for _ in range(3):
    opt.zero_grad()
    loss = F.cross_entropy(net(clips), labels)
    loss.backward()
    opt.step()
    print(loss.item())
print(net)
torch.manual_seed(4)
for mode in ["reflect", "replicate", "circular"]:
    pm = nn.Conv3d(2, 2, 3, padding=(1, 2, 1), padding_mode=mode)
    print(pm, pm(x)[1, 0, 1])
lz = nn.LazyConv3d(3, 2, stride=(1, 2, 2))
print(lz(x).shape, lz, lz.weight.shape, lz.bias)
# errors
t(lambda: c(torch.ones(2, 3, 4, 5)))
t(lambda: c(torch.ones(3, 4, 5)))
t(lambda: c(torch.ones(1, 3, 3, 3, 3)))
t(lambda: c(torch.ones(1, 2, 1, 3, 3)))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2)))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), torch.ones(3)))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), stride=0))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), padding=-1))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), dilation=0))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), padding="same", stride=2))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), padding="full"))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 1, 2, 2, 2), groups=3))
t(lambda: F.conv3d(torch.ones(1, 4, 3, 3, 3), torch.ones(3, 2, 2, 2, 2), groups=2))
t(lambda: F.conv3d(torch.ones(1, 2, 3, 3, 3), torch.ones(4, 2, 2, 2, 2), stride=(1, 1)))
t(lambda: nn.Conv3d(1, 2, 3, stride=2, padding="same"))
t(lambda: nn.Conv3d(3, 2, 3, groups=2))
t(lambda: nn.Conv3d(2, 3, 3, groups=2))
t(lambda: nn.Conv3d(2, 2, 3, padding_mode="mirror"))
t(lambda: F.conv3d(x, w, dilation=(1, 2, 2)))
