# Assigning into a tensor: the "Tensors" tutorial and gradients through CopySlices.
import torch
torch.set_default_dtype(torch.float64)
tensor = torch.ones(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = torch.zeros(3)
a[0] = x[0] * 2
a[1:] = x
print(a)
a.sum().backward()
print(x.grad)
b = torch.arange(6.0).view(2, 3)
b[b > 2] = -1
b[0, [0, 2]] = torch.tensor([10.0, 20.0])
print(b)
