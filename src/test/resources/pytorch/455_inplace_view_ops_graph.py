# Finding #127, in-place view ops in a graph, checked against torch 1.13: a tensor transposed in place
# and then changed through a view becomes CopySlices; a view of it made before sees the new layout's
# storage; saved tensors changed by t_() are refused at backward; errors as PyTorch phrases them.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(1., 7.).view(2, 3).requires_grad_()
q = x * 1
q.t_()
v = q[0]
v.mul_(2)
print(q, q.grad_fn.name(), v.grad_fn.name())
(q * torch.arange(6.).view(3, 2)).sum().backward()
print(x.grad)
x.grad = None
q = x * 1
q.t_()
q[1] = 7
print(q)
q.sum().backward()
print(x.grad)
x.grad = None
q = x * 1
r = q.view(6)
q.t_()
print(r.grad_fn.name(), r._version)
(r * torch.arange(6.)).sum().backward()
print(x.grad)
x.grad = None
w2 = x * 3
u2 = w2[:, 0]
u2.unsqueeze_(1)
w2.mul_(2)
print(u2, u2.grad_fn.name())
u2.sum().backward()
print(x.grad)
x.grad = None
a = x * 1
a.t_()
a.mul_(torch.tensor([1., 2., 3.]).unsqueeze(1))
a.sum().backward()
print(x.grad)
x.grad = None
y = x * 1
z = y.sum()
y.t_()
z.backward()
print(x.grad)
y = x * 1
z = y * y
y.t_()
try:
    z.sum().backward()
except RuntimeError as e:
    print("RuntimeError", e)
with torch.inference_mode():
    j = torch.ones(2, 3)
try:
    j.t_()
except RuntimeError as e:
    print("RuntimeError", e)
print(j.shape)
with torch.inference_mode():
    j.t_()
print(j.shape)
for f in [lambda: torch.ones(2, 3).transpose_(0, 2), lambda: torch.ones(2, 3).squeeze_(2), lambda: torch.ones(2, 3).unsqueeze_(-4),
          lambda: torch.ones(2, 3).swapdims_(5, 0), lambda: torch.ones(3).squeeze_(1), lambda: torch.ones(3).unsqueeze_(3)]:
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
try:
    torch.ones(2, 2, 2).t_()
except RuntimeError as e:
    print("RuntimeError", e)
