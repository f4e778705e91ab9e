# A constant changed in place by a tensor that requires grad joins the graph.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = torch.zeros(2)
a.add_(x)
print(a, a.is_leaf, a.requires_grad)
a.mul_(3)
a.sum().backward()
print(x.grad)
