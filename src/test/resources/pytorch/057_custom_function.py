# A custom autograd Function with ctx.save_for_backward.
import torch
torch.set_default_dtype(torch.float64)
class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = Exp.apply(x)
print(y.requires_grad, y.grad_fn is not None)
y.sum().backward()
print(x.grad)

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * g

z = torch.tensor(2.0, requires_grad=True)
c = Cube.apply(z)
print(c)
c.backward()
print(z.grad)
