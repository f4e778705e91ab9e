# cat joins along an existing dim, stack along a new one.
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.cat([t, t, t], dim=1))
print(torch.cat((t, t)))
print(torch.stack([t, t]).shape, torch.stack([t, t], dim=2).shape)
x = torch.tensor([1.0, 2.0], requires_grad=True)
s = torch.stack([x, x * 2, x * 3])
print(s)
s.sum().backward()
print(x.grad)
torch.cat([t, torch.ones(3)])
