# In place on a non-leaf: its grad_fn becomes the in-place op, and backward goes through both.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.add_(1)
print(y, y._version, y.is_leaf)
print(y.grad_fn.name(), y.grad_fn.next_functions[0][0].name())
y.mul_(x)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
