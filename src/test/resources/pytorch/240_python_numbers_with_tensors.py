# Python numbers bound at the top level of a script (normalisation constants, learning rates, counts, eps,
# results of math functions and of .item()) enter tensor arithmetic as constants, as in PyTorch: results
# require grad only through tensors that do
import math
import torch
torch.set_default_dtype(torch.float64)

mean, std = 0.5, 0.25
x = (torch.tensor([1.0, 2.0]) - mean) / std
print(x, x.requires_grad, x.grad_fn)
print(x.numpy())
lr = 0.1
w = torch.ones(2, requires_grad=True)
loss = (w * x).sum()
loss.backward()
with torch.no_grad():
    w -= lr * w.grad
print(w, w.is_leaf)
n = 3
print(torch.ones(2) * n, n * torch.ones(2), torch.ones(2) ** n, n / torch.ones(2))
c = math.sqrt(2.0)
print(torch.ones(1) / c)
eps = 1e-5
print(torch.log(torch.tensor([0.0]) + eps))
scale = 2.0
y = torch.tensor(3.0, requires_grad=True) * scale
y.backward()
print(y, type(y.grad_fn).__name__)
total = loss.item()
print(torch.tensor([1.0]) * total, type(total).__name__)
k = 2
z = torch.arange(6.).reshape(2, 3)[k - 1] * k
print(z, z.requires_grad)
lo, hi = -1, 1
print(torch.ones(3).clamp(lo, hi), torch.full((2,), hi * 0.5))
temperature = 0.7
logits = torch.tensor([1.0, 2.0, 3.0])
print(torch.softmax(logits / temperature, dim=0))
momentum = 0.9
running = torch.zeros(2)
running = momentum * running + (1 - momentum) * torch.tensor([1.0, 2.0])
print(running, running.requires_grad)
