# The grad_fn of a Python torch.autograd.Function's output is an object of the class PyTorch makes for that
# Function: torch.autograd.function.MyClampBackward (tester Z25); its attributes as a C++ node's. Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)


class MyClamp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lo, hi):
        ctx.save_for_backward(x)
        return x.clamp(lo, hi)

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * ((x > 0) & (x < 1)), None, None


class Twice(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return 2 * x

    @staticmethod
    def backward(ctx, g):
        return 2 * g


x = torch.tensor([0.5, 2.0], requires_grad=True)
y = MyClamp.apply(x, 0., 1.)
z = Twice.apply(y)
print(y)
print(repr(y.grad_fn).split(" at 0x")[0])
print(type(y.grad_fn), type(y.grad_fn).__name__, type(y.grad_fn).__module__)
print(type(y.grad_fn) is type(MyClamp.apply(x, 0., 1.).grad_fn), type(y.grad_fn) is type(z.grad_fn))
print(y.grad_fn.name(), z.grad_fn.name())
print(z.grad_fn.next_functions[0][0].name(), z.grad_fn.next_functions[0][0] == y.grad_fn)
print(str(z.grad_fn).split(" at 0x")[0], type(z.grad_fn))
m = x * 3
print(type(m.grad_fn), str(m.grad_fn).split(" at 0x")[0])
z.sum().backward()
print(x.grad)
