# Broadcasting and its errors.
import torch
torch.set_default_dtype(torch.float64)
a = torch.ones(3, 1)
b = torch.tensor([1.0, 2.0, 3.0, 4.0])
print((a + b).shape, (a * b)[2], torch.ones(2, 1, 3) - torch.ones(4, 1))
x = torch.tensor([1.0, 2.0], requires_grad=True)
(x * torch.ones(3, 2)).sum().backward()
print(x.grad)
torch.ones(3) + torch.ones(2)
