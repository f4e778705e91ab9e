# The activations tutorials reach for besides ReLU (T15): PReLU (its weight, per channel, the
# gradient to it), Mish, Hardswish, Hardsigmoid, Softsign, Tanhshrink, Softmin, Softmax2d,
# Softshrink, Hardshrink, as layers and functions: values, gradients, grad_fn names, reprs, the
# integer-tensor and shape errors in PyTorch's words.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = torch.tensor([[-3.5, -1.25, -0.5, 0.0], [0.25, 1.0, 2.5, 4.0]], requires_grad=True)
layers = [nn.PReLU(), nn.PReLU(4, init=0.1), nn.Mish(), nn.Hardswish(), nn.Hardsigmoid(), nn.Softsign(), nn.Tanhshrink(), nn.Softmin(dim=1),
          nn.Softshrink(), nn.Softshrink(1.0), nn.Hardshrink(), nn.Hardshrink(lambd=1.0), nn.Mish(inplace=True), nn.Hardswish(inplace=True)]
for layer in layers:
    y = layer(x * 1.0)
    print(layer, y, type(y.grad_fn).__name__)
    g, = torch.autograd.grad((y * torch.arange(1., 9.).reshape(2, 4)).sum(), x)
    print(g)
for f in [F.mish, F.hardswish, F.hardsigmoid, F.softsign, F.tanhshrink, F.softshrink, F.hardshrink]:
    print(f.__name__, f(x.detach()))
print(F.softmin(x, dim=0), F.softmin(x, 1), F.prelu(x, torch.tensor([0.5])), F.prelu(x, torch.tensor([0.1, 0.2, 0.3, 0.4])))
p = nn.PReLU(2)
print(p, p.weight, list(p.state_dict().keys()), p.num_parameters)
z = torch.tensor([[[-1., 2.], [3., -4.]], [[-2., 1.], [-3., 5.]]])
out = p(z)
out.sum().backward()
print(out, p.weight.grad)
s2 = nn.Softmax2d()
img = torch.arange(24.).reshape(2, 3, 2, 2) / 10
print(s2, s2(img), s2(img[0]).shape)
t(lambda: s2(torch.ones(2)))
t(lambda: nn.PReLU(3)(torch.ones(2, 2)))
t(lambda: F.prelu(torch.ones(2, 3), torch.ones(2)))
t(lambda: F.mish(torch.tensor([1, 2])))
t(lambda: F.hardswish(torch.tensor([1, 2])))
t(lambda: F.hardsigmoid(torch.tensor([1, 2])))
t(lambda: F.softsign(torch.tensor([1, 2])))
t(lambda: F.tanhshrink(torch.tensor([1, 2])))
t(lambda: F.softshrink(torch.tensor([1., 2.]), -1))
t(lambda: F.hardshrink(torch.tensor([1, -2]), 1))
t(lambda: F.softmin(torch.tensor([1, 2]), 0))
h = torch.tensor([-4.0, -3.0, -1.0, 3.0, 4.0], requires_grad=True)
F.hardswish(h).sum().backward()
print(h.grad)
h.grad = None
F.hardsigmoid(h).sum().backward()
print(h.grad)
w = torch.tensor([0.5, -1.0, 1.5, -0.5], requires_grad=True)
i = nn.Hardswish(inplace=True)
print(i(w * 1), nn.Mish(inplace=True)(w * 1))
