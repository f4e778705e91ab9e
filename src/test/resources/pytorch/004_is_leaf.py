# Leaves: tensors made by the user; results of ops on tensors that require grad are not leaves.
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([1.0, 2.0]) * 2
c = a * 2
d = c.detach()
e = torch.zeros(3)
print(a.is_leaf, b.is_leaf, c.is_leaf, d.is_leaf, e.is_leaf)
print(a.requires_grad, b.requires_grad, c.requires_grad, d.requires_grad)
with torch.no_grad():
    f = a * 2
print(f.is_leaf, f.requires_grad)
