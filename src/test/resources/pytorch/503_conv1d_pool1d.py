# nn.Conv1d and F.conv1d (stride, padding as a number, 'same' and 'valid', dilation, groups, no bias,
# unbatched input), max_pool1d / MaxPool1d (ceil_mode, padding, dilation, return_indices),
# avg_pool1d / AvgPool1d (count_include_pad, ceil_mode), AdaptiveAvgPool1d / AdaptiveMaxPool1d:
# values, grad_fn names, gradients (also second order), gradcheck, reprs and attributes, and a
# seeded text-CNN (Embedding -> Conv1d -> ReLU -> max over time -> Linear) trained a few steps.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(2, 4, 9, requires_grad=True)
w = torch.randn(6, 4, 3, requires_grad=True)
b = torch.randn(6, requires_grad=True)
y = F.conv1d(x, w, b)
print(y.shape, type(y.grad_fn).__name__, y[1, 2])
for kw in [dict(stride=2), dict(padding=2), dict(dilation=2), dict(stride=3, padding=1, dilation=2), dict(padding="same"), dict(padding="valid"),
           dict(padding="same", dilation=3), dict(padding=(1,)), dict(stride=(2,))]:
    y = F.conv1d(x, w, b, **kw)
    print(kw, y.shape, y.sum().item(), y[0, 1])
y = F.conv1d(x, w[:, :2], None, 1, 1, 1, 2)
print(y.shape, y[1, 5])
(y * y).sum().backward()
print(x.grad[1, 3], w.grad[2])
x.grad = None; w.grad = None
y = F.conv1d(x, w, b, padding=1)
gx, = torch.autograd.grad((y ** 2).sum(), x, create_graph=True)
gw, = torch.autograd.grad((gx ** 2).sum(), w)
print(gx[0, 2], gw[1])
print(torch.autograd.gradcheck(lambda a, c, d: F.conv1d(a, c, d, stride=2, padding=2, dilation=2), (x[:1].detach().requires_grad_(), w, b)))
u = F.conv1d(x[0], w, b, padding=1)
print(u.shape, type(u.grad_fn).__name__)
conv = nn.Conv1d(4, 3, 2, stride=2, padding=1, bias=False)
print(conv, conv.weight.shape, conv.bias, conv(x).shape)
torch.manual_seed(5)
c = nn.Conv1d(2, 3, 3)
print(c.weight, c.bias)
print(c.kernel_size, c.stride, c.padding, c.dilation, c.groups, c.padding_mode, c.in_channels, c.out_channels, c.output_padding, c.transposed)
print(nn.Conv1d(1, 6, 5), nn.Conv1d(4, 8, 3, stride=2, padding=1, dilation=2, groups=2, bias=False), nn.Conv1d(1, 2, 3, padding="same"),
      nn.Conv1d(1, 2, 3, padding="valid"), nn.Conv1d(1, 2, (3,), padding=(1,)))
# pools
p = torch.tensor([[[1., 3., 3., 0., 2., 0., 1., 1., 5.], [2., 0., 1., 4., 4., 1., 0., 3., 2.]]], requires_grad=True)
m, i = F.max_pool1d(p, 2, return_indices=True)
print(m, i, type(m.grad_fn).__name__)
m.sum().backward()
print(p.grad)
print(F.max_pool1d(p, 3, stride=1), F.max_pool1d(p, 3, stride=2, ceil_mode=True), F.max_pool1d(p, 3, stride=2, padding=1), F.max_pool1d(p, 2, dilation=2))
print(F.max_pool1d(p[0], 2), nn.MaxPool1d(3, return_indices=True)(p)[1], nn.MaxPool1d(2, stride=1)(p))
print(F.avg_pool1d(p, 2), F.avg_pool1d(p, 3, stride=2, padding=1), F.avg_pool1d(p, 3, stride=2, padding=1, count_include_pad=False), type(F.avg_pool1d(p, 2).grad_fn).__name__)
print(F.avg_pool1d(p, 4, stride=3, ceil_mode=True), nn.AvgPool1d(2)(p), nn.AvgPool1d(3, stride=1, padding=1)(p[0]))
p.grad = None
F.avg_pool1d(p, 3, stride=2, padding=1, count_include_pad=False).sum().backward()
print(p.grad)
q = torch.randn(2, 3, 7, requires_grad=True)
for size in [1, 2, 3, 5, 7]:
    a = F.adaptive_avg_pool1d(q, size)
    mx = F.adaptive_max_pool1d(q, size)
    print(size, a.shape, a[1, 2], mx[1, 2])
print(type(F.adaptive_avg_pool1d(q, 2).grad_fn).__name__, type(F.adaptive_max_pool1d(q, 2).grad_fn).__name__)
print(F.adaptive_max_pool1d(q, 3, return_indices=True)[1], nn.AdaptiveMaxPool1d(2, return_indices=True)(q)[1][0])
(F.adaptive_avg_pool1d(q, 3).pow(2).sum() + F.adaptive_max_pool1d(q, 2).sum()).backward()
print(q.grad[1])
print(nn.AdaptiveAvgPool1d(4)(q[0]).shape, nn.AdaptiveMaxPool1d(1)(q).shape)
print(nn.MaxPool1d(2), nn.MaxPool1d(3, stride=1, padding=1, ceil_mode=True), nn.AvgPool1d(2), nn.AvgPool1d(3, 2, 1, count_include_pad=False))
print(nn.AdaptiveAvgPool1d(1), nn.AdaptiveMaxPool1d(4), nn.AdaptiveMaxPool1d(2, return_indices=True))
mp, ap = nn.MaxPool1d(2), nn.AvgPool1d(3)
print(mp.kernel_size, mp.stride, mp.padding, mp.dilation, mp.ceil_mode, mp.return_indices, ap.kernel_size, ap.stride, ap.padding, ap.ceil_mode, ap.count_include_pad)
# a text CNN
torch.manual_seed(2)
class TextCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.conv = nn.Conv1d(8, 5, 3, padding=1)
        self.fc = nn.Linear(5, 2)
    def forward(self, ids):
        h = F.relu(self.conv(self.emb(ids).transpose(1, 2)))
        return self.fc(F.max_pool1d(h, h.shape[2]).squeeze(2))
net = TextCNN()
print(net)
ids = torch.randint(0, 20, (4, 7))
labels = torch.tensor([0, 1, 1, 0])
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for step in range(5):
    opt.zero_grad()
    loss = F.cross_entropy(net(ids), labels)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(net.conv.weight.grad[0])
