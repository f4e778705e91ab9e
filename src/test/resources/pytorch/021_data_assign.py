# x.data = t replaces the values without growing the graph.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
x.data = torch.tensor([5.0, 6.0])
print(x, x.is_leaf, x._version)
y = (x * x).sum()
y.backward()
print(x.grad)
