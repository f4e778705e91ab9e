# "A Gentle Introduction to torch.autograd" (blitz/autograd_tutorial) and the blitz's tensor part
# (the optimizer over frozen parameters is left out)
import torch
from torch import nn, optim
torch.set_default_dtype(torch.float64)

a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
Q = 3*a**3 - b**2
external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)
print(9*a**2 == a.grad)
print(-2*b == b.grad)
print(a.grad, b.grad)

x = torch.linspace(0, 1, 25).reshape(5, 5)
y = x.t() * 2
z = torch.ones((5, 5), requires_grad=True)
a = x + y
print(f"Does `a` require gradients? : {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")

model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
for param in model.parameters():
    param.requires_grad = False
model.fc = nn.Linear(3, 10)
print([p.requires_grad for p in model.parameters()])

# blitz tensors
x = torch.zeros(5, 3, dtype=torch.long)
print(x)
x = torch.tensor([5.5, 3])
print(x)
x = x.new_ones(5, 3, dtype=torch.double)
print(x)
print(x.size())
y = torch.full((5, 3), 0.25)
print(x + y)
print(torch.add(x, y))
result = torch.empty(5, 3)
torch.add(x, y, out=result)
print(result)
y.add_(x)
print(y)
print(x[:, 1])
x = torch.arange(16.).reshape(4, 4)
y = x.view(16)
z = x.view(-1, 8)
print(x.size(), y.size(), z.size())
x = torch.tensor([0.4523])
print(x)
print(x.item())
a = torch.ones(5)
b = a.numpy()
a.add_(1)
print(a)
print(b)

