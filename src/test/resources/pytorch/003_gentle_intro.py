# "A Gentle Introduction to torch.autograd": Q = 3a^3 - b^2, backward with an external gradient.
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
Q = 3*a**3 - b**2
external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)
print(9*a**2 == a.grad)
print(-2*b == b.grad)
print(a.grad, b.grad)
x = torch.ones(5)
y = torch.ones(5)
z = torch.ones(5, requires_grad=True)
a = x + y
print(f"Does `a` require gradients? : {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")
