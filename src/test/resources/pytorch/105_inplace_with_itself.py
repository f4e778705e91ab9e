# In-place ops whose operand is the tensor itself (y.mul_(y), w *= w, u.div_(u), u.pow_(u)): PyTorch 1.13
# saved the operand before the change, so backward fails naming the version; add_/copy_ save nothing.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * 1
y.mul_(y)
print(y, y.grad_fn.name(), y._version)
try:
    y.sum().backward()
    print(x.grad)
except Exception as e:
    print(type(e).__name__, e)
x2 = torch.tensor([1., 2., 3.], requires_grad=True)
z = x2 + 0
z.add_(z)
z.sum().backward(); print(x2.grad)
x3 = torch.tensor([1., 2., 3.], requires_grad=True)
w = x3 * 1
w *= w
try:
    w.sum().backward(); print(x3.grad)
except Exception as e:
    print(type(e).__name__, e)
x4 = torch.tensor([1., 2., 3.], requires_grad=True)
v = x4.exp()
v.mul_(v)
try:
    v.sum().backward(); print(x4.grad)
except Exception as e:
    print(type(e).__name__, e)
x5 = torch.tensor([1., 2., 3.], requires_grad=True)
u = x5 * 1
u.div_(u)
try:
    u.sum().backward(); print(x5.grad)
except Exception as e:
    print(type(e).__name__, e)
x6 = torch.tensor([1., 2., 3.], requires_grad=True)
u = x6 * 1
u.pow_(u)
try:
    u.sum().backward(); print(x6.grad)
except Exception as e:
    print(type(e).__name__, e)
x7 = torch.tensor([1., 2., 3.], requires_grad=True)
u = x7 * 1
u.copy_(u)
u.sum().backward(); print(x7.grad)
x8 = torch.tensor([1., 2., 3.], requires_grad=True)
z8 = torch.tensor([2., 2., 2.], requires_grad=True)
y = x8 * 1
y.mul_(z8)
y.sum().backward()
print(x8.grad, z8.grad)
x9 = torch.tensor([1., 2., 3.], requires_grad=True)
y = x9 * 1
y.mul_(y.detach())
try:
    y.sum().backward()
    print(x9.grad)
except Exception as e:
    print(type(e).__name__, e)
x10 = torch.tensor([1., 2., 3.], requires_grad=True)
y = x10 * 1
y.mul_(3).mul_(y)
try:
    y.sum().backward()
    print(x10.grad)
except Exception as e:
    print(type(e).__name__, e)
