# Indexing with a boolean mask reads the selected entries; gradients go back to them.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 4.0], [3.0, 2.0]], requires_grad=True)
s = x[x > 2]
print(s)
(s * s).sum().backward()
print(x.grad)
y = torch.arange(6.0)
print(y[y % 2 == 0], y[torch.tensor([True, False, True, False, False, True])])
print(x[torch.tensor([True, False])])
