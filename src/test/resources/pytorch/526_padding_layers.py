# The padding layers (T15): ZeroPad2d, ConstantPad1d/2d/3d, ReflectionPad1d/2d, ReplicationPad1d/2d,
# with an int or a tuple of paddings: reprs, values, gradients, grad_fn names and the errors their
# F.pad gives for an input of the wrong rank or a reflection wider than the input.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = torch.arange(1., 13.).reshape(1, 1, 3, 4).requires_grad_()
v = torch.arange(1., 6.).reshape(1, 1, 5).requires_grad_()
for layer, inp in [(nn.ZeroPad2d(1), x), (nn.ZeroPad2d((1, 0, 2, 1)), x), (nn.ConstantPad2d(1, 3.5), x), (nn.ConstantPad1d((2, 1), -1), v),
                   (nn.ReflectionPad2d(1), x), (nn.ReflectionPad2d((2, 1, 0, 2)), x), (nn.ReflectionPad1d(2), v), (nn.ReplicationPad2d((1, 2, 1, 0)), x),
                   (nn.ReplicationPad1d(3), v), (nn.ConstantPad3d(1, 0.5), x.reshape(1, 1, 1, 3, 4))]:
    y = layer(inp)
    print(layer, tuple(y.shape), type(y.grad_fn).__name__)
    print(y)
    g, = torch.autograd.grad((y * torch.arange(float(y.numel())).reshape(y.shape)).sum(), inp)
    print(g)
print(nn.ZeroPad2d(2)(torch.ones(2, 2)))
print(nn.ConstantPad1d(1, 2)(torch.tensor([[1, 2]])))
t(lambda: nn.ReflectionPad2d(3)(x))
t(lambda: nn.ReflectionPad1d(1)(torch.ones(3)))
t(lambda: nn.ReplicationPad2d(1)(torch.ones(3)))
t(lambda: nn.ZeroPad2d((1, 2, 3)))
print(nn.ZeroPad2d((1, 2, 3, 4)).padding, nn.ReflectionPad1d(2).padding, nn.ConstantPad2d([1, 2, 3, 4], 1.).padding)
