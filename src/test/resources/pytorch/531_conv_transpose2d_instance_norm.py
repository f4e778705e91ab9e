# nn.ConvTranspose2d / F.conv_transpose2d (stride, padding, output_padding, dilation, groups, bias,
# output_size; DCGAN's generator block) and nn.InstanceNorm1d/2d / F.instance_norm: seeded weights,
# values, gradients, grad_fn names, reprs and PyTorch's checks.
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
m = nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1, output_padding=1)
print(m, m.weight.shape, m.bias)
x = torch.randn(1, 2, 3, 3, requires_grad=True)
y = m(x)
print(y, type(y.grad_fn).__name__)
(y * torch.arange(float(y.numel())).reshape(y.shape)).sum().backward()
print(x.grad, m.weight.grad, m.bias.grad)
print(m(x, [5, 5]).shape, m(x[0]).shape)
g = nn.ConvTranspose2d(4, 2, (2, 3), groups=2, bias=False, dilation=2)
print(g, g.weight.shape, g(torch.ones(1, 4, 2, 2)))
w = torch.arange(8.).reshape(2, 1, 2, 2)
print(F.conv_transpose2d(torch.arange(8.).reshape(1, 2, 2, 2), w), F.conv_transpose2d(torch.ones(1, 2, 2, 2), w, torch.tensor([1.]), stride=2))
gen = nn.Sequential(nn.ConvTranspose2d(4, 3, 4, 1, 0, bias=False), nn.BatchNorm2d(3), nn.ReLU(True), nn.ConvTranspose2d(3, 1, 4, 2, 1, bias=False), nn.Tanh())
z = torch.randn(2, 4, 1, 1)
out = gen(z)
print(out.shape, out[0, 0, :2])
t(lambda: F.conv_transpose2d(torch.ones(1, 3, 2, 2), torch.ones(2, 1, 3, 3)))
t(lambda: F.conv_transpose2d(torch.ones(1, 2, 2, 2), torch.ones(2, 1, 3, 3), stride=2, output_padding=2))
t(lambda: F.conv_transpose2d(torch.ones(2, 2), torch.ones(2, 1, 3, 3)))
t(lambda: m(x, [9, 9]))
t(lambda: nn.ConvTranspose2d(3, 4, 2, groups=2))
torch.manual_seed(1)
v = torch.randn(2, 3, 4, requires_grad=True)
i1 = nn.InstanceNorm1d(3)
r = i1(v)
print(i1, r, type(r.grad_fn).__name__)
(r * torch.arange(24.).reshape(2, 3, 4)).sum().backward()
print(v.grad)
i2 = nn.InstanceNorm2d(2, affine=True)
with torch.no_grad():
    i2.weight.copy_(torch.tensor([2., 3.]))
    i2.bias.copy_(torch.tensor([0.5, -1.]))
img = torch.randn(2, 2, 2, 3, requires_grad=True)
q = i2(img)
print(i2, [n for n, _ in i2.named_parameters()], q)
q.pow(2).sum().backward()
print(img.grad, i2.weight.grad, i2.bias.grad)
print(F.instance_norm(v.detach()).sum(-1).abs().max() < 1e-12, F.instance_norm(v.detach())[0, 0], nn.InstanceNorm1d(3)(torch.randn(3, 4)).shape, nn.InstanceNorm2d(2)(torch.randn(2, 2, 3)).shape)
t(lambda: nn.InstanceNorm2d(3)(torch.ones(2, 3)))
t(lambda: nn.InstanceNorm1d(3)(torch.ones(2, 3, 1)))
