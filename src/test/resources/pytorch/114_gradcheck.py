# torch.autograd.gradcheck as homework calls it: True for correct gradients (several inputs,
# several outputs, a custom Function), PyTorch's GradcheckError (a RuntimeError) for a wrong backward.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.3, -1.2, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: (t.sin() * t ** 2).sum(), (x,)))
A = torch.tensor([[1.0, 2.0], [0.5, -1.0], [3.0, 0.25]], requires_grad=True)
b = torch.tensor([0.1, -0.2], requires_grad=True)
print(torch.autograd.gradcheck(lambda m, v: (m @ v).tanh(), (A, b), eps=1e-6, atol=1e-4))
print(torch.autograd.gradcheck(lambda m, v: (m.exp(), v * 2), (A, b)))
print(torch.autograd.gradcheck(lambda m, c: m * c, (A, 3.0)), torch.autograd.gradcheck(torch.sigmoid, x))


class BadSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return t * t

    @staticmethod
    def backward(ctx, g):
        (t,) = ctx.saved_tensors
        return g * t  # should be 2 * g * t


class GoodSquare(BadSquare):
    @staticmethod
    def backward(ctx, g):
        (t,) = ctx.saved_tensors
        return 2 * g * t


v = torch.tensor([1.0, 2.0], requires_grad=True)
print(torch.autograd.gradcheck(GoodSquare.apply, (v,)), torch.autograd.gradcheck(BadSquare.apply, (v,), raise_exception=False))
try:
    torch.autograd.gradcheck(BadSquare.apply, (v,))
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
torch.autograd.gradcheck(lambda t: t * 2, (torch.ones(2),))
