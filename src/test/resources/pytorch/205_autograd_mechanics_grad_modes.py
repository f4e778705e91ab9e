# "Autograd mechanics" notes (pytorch.org/docs/stable/notes/autograd.html)
import torch
torch.set_default_dtype(torch.float64)
x = torch.linspace(-1, 1, 5).requires_grad_()
x = torch.ones(3, requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad)
with torch.inference_mode():
    y = x * 2
print(y.requires_grad)
is_train = False
with torch.set_grad_enabled(is_train):
    y = x * 2
print(y.requires_grad)
torch.set_grad_enabled(True)
y = x * 2
print(y.requires_grad, torch.is_grad_enabled())
@torch.no_grad()
def doubler(x):
    return x * 2
z = doubler(x)
print(z.requires_grad)
model = torch.nn.Linear(3, 1)
model.requires_grad_(False)
print(model.weight.requires_grad)
model.eval()
print(model.training)
a = torch.tensor([1., 2.], requires_grad=True)
b = a.sigmoid()
c = b * 2
b.mul_(3)
try:
    c.sum().backward()
    print("ok", a.grad)
except RuntimeError as e:
    print("RuntimeError", str(e)[:60])
b = a.sin()
b.add_(1)
b.sum().backward()
print(a.grad)
