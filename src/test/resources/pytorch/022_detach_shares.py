# detach() shares the data and the version counter.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
d = y.detach()
print(d.requires_grad, d.is_leaf)
d.zero_()
print(y, y._version, d._version)
y.sum().backward()
