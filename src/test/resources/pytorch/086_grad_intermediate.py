# Gradients with respect to an intermediate result.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = (y ** 2).sum()
gy, gx = torch.autograd.grad(z, [y, x])
print(gy, gx)
