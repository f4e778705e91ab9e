# mul saves the other operand; changing it in place breaks the backward pass.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = torch.ones(2)
b = a * x
a.add_(1)
print(a, a._version)
b.sum().backward()
