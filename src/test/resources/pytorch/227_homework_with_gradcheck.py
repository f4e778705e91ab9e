# Course homework shapes: manual SGD on linear regression, softmax regression by hand,
# a 2-layer MLP with manual updates, a finite-difference gradient check and torch.autograd.gradcheck
import math
import torch
torch.set_default_dtype(torch.float64)

# linear regression, manual SGD
X = torch.linspace(-2, 2, 20).reshape(-1, 1)
y = 3 * X + 0.5 + 0.1 * torch.sin(7 * X)
w = torch.zeros(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.05
for step in range(101):
    y_hat = X @ w + b
    loss = ((y_hat - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad = None
    if step % 25 == 0:
        print(f"step {step:3d}: loss = {loss.item():.6f}, w = {w.item():.4f}, b = {b.item():.4f}")

# softmax regression by hand
def softmax(z):
    z = z - z.max(dim=1, keepdim=True).values
    e = torch.exp(z)
    return e / e.sum(dim=1, keepdim=True)

def cross_entropy(probs, labels):
    return -torch.log(probs[torch.arange(len(labels)), labels]).mean()

n, d, k = 12, 4, 3
Xs = torch.cos(torch.arange(n * d, dtype=torch.float64).reshape(n, d))
ys = torch.tensor([i % k for i in range(n)])
W = torch.zeros(d, k, requires_grad=True)
for epoch in range(5):
    probs = softmax(Xs @ W)
    loss = cross_entropy(probs, ys)
    loss.backward()
    with torch.no_grad():
        W -= 0.5 * W.grad
        W.grad.zero_()
    acc = (probs.argmax(dim=1) == ys).sum().item() / n
    print("epoch", epoch, "loss", round(loss.item(), 6), "acc", acc)
print(W)
print(torch.allclose(softmax(Xs @ W).sum(1), torch.ones(n)))
print(torch.nn.functional.cross_entropy(Xs @ W, ys), cross_entropy(softmax(Xs @ W), ys))

# 2-layer MLP, manual parameters
W1 = (torch.arange(d * 8.).reshape(d, 8) / 32 - 0.5).requires_grad_()
b1 = torch.zeros(8, requires_grad=True)
W2 = (torch.arange(8 * k).reshape(8, k) / 24. - 0.5).requires_grad_()
b2 = torch.zeros(k, requires_grad=True)
params = [W1, b1, W2, b2]
def mlp(x):
    h = torch.relu(x @ W1 + b1)
    return h @ W2 + b2
losses = []
for it in range(30):
    out = mlp(Xs)
    loss = torch.nn.functional.cross_entropy(out, ys)
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p.sub_(0.3 * p.grad)
    losses.append(loss.item())
print([round(l, 5) for l in losses[::6]])
print(f"final loss {losses[-1]:.8f}; decreased: {losses[-1] < losses[0]}")
print(sum(p.numel() for p in params), [tuple(p.shape) for p in params])

# gradient check by central differences
def f(x):
    return (x.sin() * x ** 2).sum() + x.prod()
x0 = torch.tensor([0.3, -1.2, 2.0], requires_grad=True)
f(x0).backward()
eps = 1e-6
num = []
for i in range(3):
    e = torch.zeros(3)
    e[i] = eps
    with torch.no_grad():
        num.append(((f(x0 + e) - f(x0 - e)) / (2 * eps)).item())
num = torch.tensor(num)
print(x0.grad)
print((x0.grad - num).abs().max() < 1e-6)
print(torch.autograd.gradcheck(lambda t: (t.sin() * t ** 2).sum(), (x0.detach().clone().requires_grad_(),)))
rel = torch.norm(x0.grad - num) / torch.norm(x0.grad + num)
print(rel < 1e-8)
