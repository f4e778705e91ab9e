# expand, clone, detach and detach_.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0], [2.0]], requires_grad=True)
e = x.expand(2, 3)
print(e, e.shape)
print(x.expand(-1, 4).shape)
e.sum().backward()
print(x.grad)
c = x.clone()
print(c.grad_fn.name(), c.requires_grad, c.is_leaf)
y = x * 2
y.detach_()
print(y.requires_grad, y.is_leaf, y.grad_fn)
