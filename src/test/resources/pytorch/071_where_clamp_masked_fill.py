# where, clamp and masked_fill, with gradients.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
w = torch.where(x > 0, x, torch.zeros(4))
print(w)
c = x.clamp(-1, 1)
print(c, torch.clamp(x, min=0), x.clamp(max=0))
m = x.masked_fill(x < 0, 0.0)
print(m)
(w + c + m).sum().backward()
print(x.grad)
print(torch.where(torch.tensor([True, False]), 1.0, 0.0))
