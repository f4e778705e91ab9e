# clone() copies; plain assignment names the same tensor.
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([1.0, 2.0])
b = a.clone()
b.add_(1)
c = a
c.add_(10)
print(a, b, c, a is c)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.clone()
y.mul_(2)
y.sum().backward()
print(x.grad, x)
