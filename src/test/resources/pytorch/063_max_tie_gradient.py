# max along a dim sends all the gradient to the returned index on ties; max() over everything shares it.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 5.0, 5.0], [2.0, 2.0, 0.0]], requires_grad=True)
v, i = x.max(dim=1)
v.sum().backward()
print(i, x.grad)
x.grad = None
x.max().backward()
print(x.grad)
x.grad = None
x.amax(dim=1).sum().backward()
print(x.grad)
