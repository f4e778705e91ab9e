# "Autograd mechanics" notes (docs/stable/notes/autograd.html): "Gradients for non-differentiable
# functions" (the subgradient PyTorch picks at kinks, ties and boundaries) and "Locally disabling
# gradient computation" (grad modes as functions, decorators and context managers, inference mode)
import torch
torch.set_default_dtype(torch.float64)

def g(f, *vals):
    x = torch.tensor(vals, requires_grad=True)
    f(x).sum().backward()
    return x.grad

print(g(torch.relu, 0.0, -1.0, 2.0))
print(g(torch.abs, 0.0, -1.0, 2.0))
print(g(torch.sqrt, 0.0, 4.0))
print(g(lambda x: x ** 0.5, 0.0, 4.0))
print(g(lambda x: x ** 2, 0.0, -3.0))
print(g(lambda x: x.max(), 1.0, 3.0, 3.0))
print(g(lambda x: x.min(), 1.0, 1.0, 3.0))
print(g(lambda x: x.amax(), 1.0, 3.0, 3.0))
print(g(lambda x: x.reshape(2, 2).max(dim=1).values, 5.0, 5.0, 1.0, 2.0))
print(g(lambda x: torch.maximum(x, torch.tensor([1.0, 1.0, 1.0])), 1.0, 0.0, 2.0))
print(g(lambda x: x.clamp(0.0, 1.0), 0.0, 1.0, 0.5, 2.0))
print(g(lambda x: x.clamp(min=0.0), 0.0, -1.0))
print(g(torch.sign, 0.0, 2.0))
print(g(torch.floor, 0.5, 2.0))
print(g(torch.round, 0.5, 2.5))
print(g(torch.log, 0.0, 1.0))
print(g(lambda x: x * torch.log(x), 0.0, 1.0))
print(g(lambda x: torch.where(x > 0, x, torch.zeros_like(x)), 0.0, 3.0))
print(g(lambda x: torch.sigmoid(x), 40.0, -40.0, 0.0))
print(g(lambda x: torch.logsumexp(x, 0), 1000.0, 1000.0))
print(g(lambda x: torch.softmax(x, 0)[0], 1000.0, 0.0))
print(g(lambda x: x.sort().values[0], 2.0, 1.0))
print(g(lambda x: torch.tanh(x), 0.0, 20.0))
print(g(lambda x: x.prod(), 0.0, 2.0, 3.0))
print(g(lambda x: x.prod(), 0.0, 0.0, 3.0))

x = torch.tensor([1.0, 2.0], requires_grad=True)
torch.set_grad_enabled(False)
y = x * 2
print(y.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
print((x * 2).requires_grad, torch.is_grad_enabled())
with torch.set_grad_enabled(False):
    print((x * 2).requires_grad)
print((x * 2).requires_grad)

@torch.no_grad()
def doubler(t):
    return t * 2

print(doubler(x).requires_grad)

@torch.enable_grad()
def tripler(t):
    return t * 3

with torch.no_grad():
    print(tripler(x).requires_grad)

with torch.inference_mode():
    z = x * 2
print(z.requires_grad)

model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Dropout(0.5))
model.eval()
print(model.training, model[1].training)
with torch.no_grad():
    model[0].weight.fill_(1.0)
    model[0].bias.zero_()
out = model(x)
print(out, out.requires_grad)
for p in model.parameters():
    p.requires_grad_(False)
print(model(x).requires_grad, type(model(x).grad_fn).__name__)
model.train()
print(model.training, model[1].training)
