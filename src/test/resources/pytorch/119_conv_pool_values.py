# Conv2d and the pools on small inputs: stride, padding (numbers, 'same', 'valid'), dilation,
# no bias, unbatched images, max_pool2d's first-of-ties rule, ceil_mode, padding and
# return_indices, avg_pool2d's divisors (count_include_pad, ceil_mode, divisor_override),
# adaptive_avg_pool2d, flatten; values, grad_fn names and gradients (also second order).
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(1)
x = torch.randn(2, 3, 6, 7, requires_grad=True)
w = torch.randn(4, 3, 3, 2, requires_grad=True)
b = torch.randn(4, requires_grad=True)
y = F.conv2d(x, w, b)
print(y.shape, type(y.grad_fn).__name__, y[1, 2])
for kw in [dict(stride=2), dict(padding=1), dict(padding=(2, 0)), dict(dilation=2), dict(stride=(2, 3), padding=(1, 2), dilation=(1, 2)),
           dict(padding="same"), dict(padding="valid"), dict(padding="same", dilation=2)]:
    y = F.conv2d(x, w, b, **kw)
    print(kw, y.shape, y.sum().item(), y[0, 1, -1])
y = F.conv2d(x, w, None, 1, 1)
(y * y).sum().backward()
print(x.grad[1, 0], w.grad[2], b.grad)
x.grad = None; w.grad = None
y = F.conv2d(x, w, b, padding=(1, 0))
g, = torch.autograd.grad((y ** 2).sum(), x, create_graph=True)
g2, = torch.autograd.grad((g ** 2).sum(), w)
print(g[0, 2, 3], g2[1, 1])
print(torch.autograd.gradcheck(lambda a, c, d: F.conv2d(a, c, d, stride=2, padding=1, dilation=(2, 1)), (x[:1, :, :5, :5].detach().requires_grad_(), w, b)))
u = F.conv2d(x[0], w, b, padding=1)
print(u.shape, type(u.grad_fn).__name__)
conv = nn.Conv2d(3, 2, (2, 3), stride=(1, 2), padding=1, bias=False)
print(conv, conv.weight.shape, conv.bias, conv(x).shape)
# pools
p = torch.tensor([[[[1., 3., 3., 0.], [2., 0., 1., 1.], [3., 1., 2., 5.], [0., 3., 5., 4.]]]], requires_grad=True)
m, i = F.max_pool2d(p, 2, return_indices=True)
print(m, i)
m.sum().backward()
print(p.grad)
print(F.max_pool2d(p, 3, stride=1), F.max_pool2d(p, 3, stride=2, ceil_mode=True), F.max_pool2d(p, 3, stride=2, padding=1))
print(F.max_pool2d(p, (1, 3), stride=(2, 1)), F.max_pool2d(p, 2, stride=1, dilation=2), nn.MaxPool2d(2, return_indices=True)(p)[1])
print(F.avg_pool2d(p, 2), F.avg_pool2d(p, 3, stride=2, padding=1), F.avg_pool2d(p, 3, stride=2, padding=1, count_include_pad=False))
print(F.avg_pool2d(p, 3, stride=2, ceil_mode=True), F.avg_pool2d(p, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False))
print(F.avg_pool2d(p, 2, divisor_override=3), nn.AvgPool2d((1, 2))(p))
p.grad = None
F.avg_pool2d(p, 3, stride=2, padding=1, count_include_pad=False).sum().backward()
print(p.grad)
q = torch.randn(2, 3, 7, 5, requires_grad=True)
for size in [1, (1, 1), 2, (3, 2), (7, 5), (None, 2), 4]:
    a = F.adaptive_avg_pool2d(q, size)
    print(size, a.shape, a[1, 2])
print(type(F.adaptive_avg_pool2d(q, 2).grad_fn).__name__, type(F.avg_pool2d(q, 2).grad_fn).__name__, type(F.max_pool2d(q, 2).grad_fn).__name__)
F.adaptive_avg_pool2d(q, (3, 2)).pow(2).sum().backward()
print(q.grad[1, 1])
print(F.max_pool2d(q[0], 2).shape, F.avg_pool2d(q[0], 2).shape, nn.AdaptiveAvgPool2d((2, 2))(q[0]).shape)
print(torch.flatten(q, 1).shape, torch.flatten(q).shape, torch.flatten(q, 1, 2).shape, q.flatten(2).shape, nn.Flatten()(q).shape, nn.Flatten(0, 2)(q).shape)
print(nn.MaxPool2d(2), nn.MaxPool2d((2, 3), stride=1, padding=1, ceil_mode=True), nn.AvgPool2d(2), nn.AvgPool2d(3, 2, 1, count_include_pad=False))
print(nn.AdaptiveAvgPool2d((1, 1)), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Flatten(0, -1))
print(nn.Conv2d(1, 6, 5), nn.Conv2d(3, 8, (3, 5), stride=2, padding=1, dilation=2, bias=False), nn.Conv2d(1, 2, 3, padding="same"), nn.Conv2d(1, 2, 3, padding="valid"))
c = nn.Conv2d(1, 2, 3, padding="same")
print(c.padding, c.kernel_size, c.stride, c.dilation, c.groups, c.padding_mode, c.in_channels, c.out_channels, c.weight.shape, c.bias.shape)
mp = nn.MaxPool2d(2)
print(mp.kernel_size, mp.stride, mp.padding, mp.dilation, mp.ceil_mode, mp.return_indices)
print([n for n, _ in nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(2, 1)).named_parameters()])
