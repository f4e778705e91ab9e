# "Autograd mechanics" (notes, PyTorch 1.13): saved tensors (_saved_self is x, _saved_result equal to
# y), saved_tensors_hooks printing what they pack and unpack, requires_grad and no_grad, inference_mode,
# eval mode, freezing a model and optimizing only model.fc.parameters(), in-place correctness checks;
# seeded (the notes' multithreaded autograd needs Python's threading module, which adjoint lacks)
import torch
import torch.nn as nn
import torch.optim as optim
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

x = torch.randn(5, requires_grad=True)
y = x.pow(2)
print(x.equal(y.grad_fn._saved_self))  # True
print(x is y.grad_fn._saved_self)  # True

x = torch.randn(5, requires_grad=True)
y = x.exp()
print(y.equal(y.grad_fn._saved_result))  # True

def pack_hook(x):
    print("Packing", x)
    return x

def unpack_hook(x):
    print("Unpacking", x)
    return x

a = torch.ones(5, requires_grad=True)
b = torch.ones(5, requires_grad=True) * 2
with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
    y = a * b

y.sum().backward()
print(a.grad)

x = torch.ones(2, 2, requires_grad=True)
y = x * 2
print(y.requires_grad)
with torch.no_grad():
    z = x * 2
print(z.requires_grad)
with torch.inference_mode():
    w = x * 2
print(w.requires_grad, w.is_inference(), x.is_inference())
try:
    (w * x).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
a = torch.randn(2, 2)
a = ((a * 3) / (a - 1))
print(a.requires_grad)
a.requires_grad_(True)
print(a.requires_grad)
b = (a * a).sum()
print(type(b.grad_fn).__name__)

# Setting requires_grad: freezing a pretrained model (a small one for torchvision's resnet18)
model = nn.Sequential()
model.add_module("body", nn.Linear(6, 4))
model.add_module("fc", nn.Linear(4, 3))
for param in model.parameters():
    param.requires_grad = False
# Replace the last fully-connected layer
# Parameters of newly constructed modules have requires_grad=True by default
model.fc = nn.Linear(4, 100)
# Optimize only the classifier
optimizer = optim.SGD(model.fc.parameters(), lr=1e-2, momentum=0.9)
print(model)
inp = torch.randn(3, 6)
for step in range(3):
    optimizer.zero_grad()
    loss = model(inp).pow(2).mean()
    loss.backward()
    optimizer.step()
    print(step, loss.item(), model.body.weight.grad)
model.eval()
print(model.training, model.fc.training)
model.train()
print(model.fc.training)

# In-place correctness checks
x = torch.randn(3, requires_grad=True)
y = x.sin()
z = y * y
y.add_(1)
print(y._version)
try:
    z.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
leaf = torch.zeros(2, requires_grad=True)
try:
    leaf.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
