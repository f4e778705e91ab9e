# A non-scalar output needs grad_outputs (a vector-Jacobian product).
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2
print(torch.autograd.grad(y, x, grad_outputs=torch.tensor([1.0, 0.1, 0.01])))
y = x ** 2
print(torch.autograd.grad(y, x, torch.ones(3)))
y = x ** 2
torch.autograd.grad(y, x)
