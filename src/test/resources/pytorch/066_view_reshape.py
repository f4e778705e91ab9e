# view, reshape, flatten, squeeze, unsqueeze.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(6.0)
print(x.view(2, 3), x.view(-1, 2).shape, x.reshape(3, 2))
y = x.view(1, 2, 3, 1)
print(y.shape, y.squeeze().shape, y.squeeze(0).shape, y.squeeze(-1).shape, y.unsqueeze(1).shape)
print(y.flatten(), y.flatten(1).shape, torch.flatten(y, 1, 2).shape)
print(x.view(2, 3).view(6))
x.view(4, 2)
