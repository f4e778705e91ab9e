# requires_grad_() changes the flag in place; results of tensors that do not require grad do not.
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
a = ((a * 3) / (a - 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(b.grad_fn.name())
print(b.requires_grad, b.is_leaf, a.is_leaf)
