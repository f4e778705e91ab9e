# "Autograd mechanics" (notes) and the autograd tutorial's snippets: requires_grad propagation through
# an operation, freezing a model (requires_grad_(False)) and replacing its fc, torch.no_grad (also as a
# decorator), set_grad_enabled, grad_fn and its next_functions walked from the loss, saved tensors,
# retain_grad of an intermediate, in-place on a saved tensor (PyTorch's error), detach
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

x = torch.randn(5, 5)  # requires_grad=False by default
y = torch.randn(5, 5)  # requires_grad=False by default
z = torch.randn((5, 5), requires_grad=True)
a = x + y
print(a.requires_grad)
b = a + z
print(b.requires_grad)

model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
model.requires_grad_(False)
model[2] = nn.Linear(3, 2)
print([p.requires_grad for p in model.parameters()])
inp = torch.randn(2, 4)
out = model(inp)
print(out.requires_grad, type(out.grad_fn).__name__)
print(model[0].weight.grad, model[2].weight.grad)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 3)
        self.fc = nn.Linear(3, 2)
    def forward(self, x):
        return self.fc(torch.tanh(self.body(x)))

net = Net()
for param in net.parameters():
    param.requires_grad_(False)
net.fc = nn.Linear(3, 2)
print(net)
print({n: p.requires_grad for n, p in net.named_parameters()})
net(inp).pow(2).sum().backward()
print(net.body.weight.grad, net.fc.weight.grad)

x = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad, y.grad_fn)

@torch.no_grad()
def doubler(x):
    return x * 2
z = doubler(x)
print(z.requires_grad)

is_train = False
with torch.set_grad_enabled(is_train):
    y = x * 2
print(y.requires_grad)
torch.set_grad_enabled(True)
y = x * 2
print(y.requires_grad, torch.is_grad_enabled())

# grad_fn and next_functions (the computation graph, walked from the loss as the blitz did)
torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
bb = torch.randn(1, requires_grad=True)
inputs = torch.randn(4, 3)
target = torch.randn(4)
pred = inputs @ w + bb
loss = torch.nn.functional.mse_loss(pred, target)
print('Gradient function for pred =', type(pred.grad_fn).__name__)
print('Gradient function for loss =', type(loss.grad_fn).__name__)
print(type(loss.grad_fn).__name__)  # MSELoss
print(type(loss.grad_fn.next_functions[0][0]).__name__)  # Add
print(type(loss.grad_fn.next_functions[0][0].next_functions[0][0]).__name__)  # Mv
fns = loss.grad_fn.next_functions[0][0].next_functions
print([(type(f).__name__, i) for f, i in fns])
acc = fns[1][0]
print(type(acc).__name__, acc.variable is bb)
print(loss.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[1][0].variable is w)
loss.backward()
print(w.grad)
print(bb.grad)

# saved tensors, retain_grad, in-place error
a = torch.tensor([0.5, 1.5], requires_grad=True)
b = a.exp()
b.retain_grad()
c = (b * b).sum()
print(b.grad_fn._saved_result.equal(b), (a * a).grad_fn._saved_self is a)
c.backward()
print(a.grad, b.grad, b.is_leaf, a.is_leaf)
a.grad.zero_()
b = a.sigmoid()
d = b.sum()
b.mul_(2)
try:
    d.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
e = a.detach()
print(e.requires_grad, e.grad_fn, e._version, a._version)
