# nn.Bilinear / F.bilinear, nn.LocalResponseNorm / F.local_response_norm (AlexNet)
# nn.Dropout1d, nn.SoftMarginLoss / F.soft_margin_loss: values, gradients, grad_fn names, reprs, checks.
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
bl = nn.Bilinear(3, 2, 4)
print(bl, bl.weight.shape, bl.bias)
x1 = torch.randn(5, 3, requires_grad=True)
x2 = torch.randn(5, 2, requires_grad=True)
y = bl(x1, x2)
print(y, type(y.grad_fn).__name__)
(y * torch.arange(20.).reshape(5, 4)).sum().backward()
print(x1.grad, x2.grad, bl.weight.grad[0], bl.bias.grad)
print(F.bilinear(x1[0], x2[0], bl.weight), nn.Bilinear(3, 2, 1, bias=False))
t(lambda: bl(x1, x1))
lrn = nn.LocalResponseNorm(3, alpha=0.1, beta=0.75, k=2.0)
a = torch.randn(2, 5, 2, 2, requires_grad=True)
r = lrn(a)
print(lrn, r, type(r.grad_fn).__name__)
(r * torch.arange(40.).reshape(2, 5, 2, 2)).sum().backward()
print(a.grad)
print(F.local_response_norm(torch.arange(12.).reshape(1, 4, 3), 2), nn.LocalResponseNorm(2)(torch.ones(1, 3, 2, 2, 2)).shape)
t(lambda: lrn(torch.ones(3, 4)))
torch.manual_seed(3)
d1 = nn.Dropout1d(0.5)
z = torch.ones(2, 4, 3, requires_grad=True)
print(d1, d1(z), F.dropout1d(torch.ones(3, 2), 0.5))
t(lambda: F.dropout1d(torch.ones(2, 2, 2, 2)))
sm = nn.SoftMarginLoss()
p = torch.randn(3, 4, requires_grad=True)
target = torch.tensor([[1., -1., 1., -1.], [-1., -1., 1., 1.], [1., 1., 1., -1.]])
for red in ["mean", "sum", "none"]:
    l = F.soft_margin_loss(p, target, reduction=red)
    g, = torch.autograd.grad((l * torch.arange(1., l.numel() + 1).reshape(l.shape)).sum(), p)
    print(red, l, type(l.grad_fn).__name__, g)
print(sm, sm(p, target))
