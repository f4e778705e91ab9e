# torch.nn.Linear stores its weight as (out_features, in_features) and computes x W^T + b.
import torch
torch.set_default_dtype(torch.float64)
lin = torch.nn.Linear(3, 2)
print(lin)
print(lin.weight.shape, lin.bias.shape, lin.weight.requires_grad, lin.weight.is_leaf)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
    lin.bias.fill_(0.5)
x = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])
y = lin(x)
print(y)
y.sum().backward()
print(lin.weight.grad, lin.bias.grad)
print([p.shape for p in lin.parameters()])
print(lin.weight)
