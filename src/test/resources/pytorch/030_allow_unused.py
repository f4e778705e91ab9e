# An input the output does not use: an error, or None with allow_unused=True.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(5.0, requires_grad=True)
y = x * x
print(torch.autograd.grad(y, [x, c], allow_unused=True))
y = x * x
torch.autograd.grad(y, [x, c])
