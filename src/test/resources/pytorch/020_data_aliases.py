# .data shares storage with its tensor (but not the version counter).
import torch
torch.set_default_dtype(torch.float64)
p = torch.tensor([1.0, 2.0], requires_grad=True)
p.data.mul_(3)
print(p, p._version)
q = torch.tensor([1.0, 2.0], requires_grad=True)
(q * q).sum().backward()
print(q.grad)
q.grad.data.zero_()
print(q.grad)
p.data.zero_()
print(p)
d = p.data
d.add_(5)
print(p, d.requires_grad)
