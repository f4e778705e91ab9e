# In-place changes through views in autograd: the base records CopySlices and the gradient
# flows through the changed entries; a view of a leaf that requires grad refuses.
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.clone()
s = b[:2]
s.mul_(3)
print(b, s, sep="\n")
print(type(b.grad_fn).__name__, type(s.grad_fn).__name__)
b.sum().backward()
print(a.grad)
a.grad = None
b = a * 1
s = b[1:]
b.mul_(2)
print(type(s.grad_fn).__name__)
(s * s).sum().backward()
print(a.grad)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
m = w * 1
m.t()[0].mul_(torch.tensor([5.0, 6.0]))
m.sum().backward()
print(w.grad)
c = torch.zeros(3)
p = torch.tensor([1.0, 2.0], requires_grad=True)
c[1:] = p * p
print(c.requires_grad, type(c.grad_fn).__name__)
c.sum().backward()
print(p.grad)
with torch.no_grad():
    a[0].add_(1)
print(a)
try:
    a[0].add_(1)
except RuntimeError as err:
    print("RuntimeError:", err)
a.view(3).mul_(2)
