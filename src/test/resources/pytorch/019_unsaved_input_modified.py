# add saves nothing: its operands may change in place before backward.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = torch.ones(2)
b = a + x
a.add_(1)
b.sum().backward()
print(x.grad, b)
y = x * 2
z = y + 1
y.mul_(3)
z.sum().backward()
print(x.grad)
