# torch.autograd.functional with Python functions and lambdas.
import torch
from torch.autograd.functional import jacobian, hessian, jvp, vjp, hvp
torch.set_default_dtype(torch.float64)
def f(x):
    return x ** 2 * torch.tensor([1.0, 2.0])
x = torch.tensor([1.0, 3.0])
print(jacobian(f, x))
print(jacobian(lambda a, b: a * b, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
print(hessian(lambda t: (t ** 3).sum(), x))
print(jvp(f, x, torch.tensor([1.0, 0.0])))
print(vjp(f, x, torch.tensor([1.0, 1.0])))
print(hvp(lambda t: (t ** 3).sum(), x, torch.tensor([1.0, 1.0])))
