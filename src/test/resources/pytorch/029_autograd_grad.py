# torch.autograd.grad returns a tuple, one gradient per input.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
print(torch.autograd.grad(y, [x]))
y = x ** 2
(g,) = torch.autograd.grad(y, x)
print(g, g.requires_grad)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
ga, gb = torch.autograd.grad((a * b).sum(), (a, b))
print(ga, gb)
from torch.autograd import grad
print(grad((a ** 3).sum(), a))
