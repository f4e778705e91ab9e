# "A Gentle Introduction to torch.autograd" (blitz): the resnet18 training step on a small synthetic
# model instead (torchvision is no part of adjoint), Differentiation in Autograd (Q = 3*a**3 - b**2,
# Q.backward(gradient=external_grad), the collected gradients checked), Exclusion from the DAG
# (requires_grad propagation, freezing every parameter and replacing fc, SGD over all parameters)
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
from torch import nn, optim

# the tutorial's model = torchvision.models.resnet18(pretrained=True), made small
class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4, 10)

    def forward(self, x):
        x = torch.relu(self.conv1(x)).mean(dim=(2, 3))
        return self.fc(x)

model = TinyNet()
data = torch.rand(1, 3, 8, 8)
labels = torch.rand(1, 10)

prediction = model(data) # forward pass
loss = (prediction - labels).sum()
loss.backward() # backward pass
print(prediction.shape, loss, model.conv1.weight.grad.shape, model.fc.bias.grad)

optim = torch.optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
optim.step() #gradient descent
print(model.fc.bias)

a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
Q = 3*a**3 - b**2
print(Q)

external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)

# check if collected gradients are correct
print(9*a**2 == a.grad)
print(-2*b == b.grad)
print(a.grad, b.grad, Q.grad_fn.name())

x = torch.rand(5, 5)
y = torch.rand(5, 5)
z = torch.rand((5, 5), requires_grad=True)

a = x + y
print(f"Does `a` require gradients? : {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")

from torch import nn, optim

model = TinyNet()

# Freeze all the parameters in the network
for param in model.parameters():
    param.requires_grad = False

model.fc = nn.Linear(4, 10)
print(model)
print([(n, p.requires_grad) for n, p in model.named_parameters()])

# Optimize only the classifier
optimizer = optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
out = model(data)
out.sum().backward()
print(model.conv1.weight.grad, model.fc.weight.grad[0], type(out.grad_fn).__name__)
optimizer.step()
print(model.fc.bias)
try:
    Q.backward(gradient=external_grad)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Q2 = 3*a**3
    Q2.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
