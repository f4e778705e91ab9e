# torch's math functions, and the same as methods.
import math
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.5, 1.0, 2.0])
for f in [torch.exp, torch.log, torch.sin, torch.cos, torch.tanh, torch.sigmoid, torch.relu, torch.sqrt, torch.abs,
          torch.neg, torch.square, torch.log2, torch.floor, torch.ceil, torch.round, torch.sign]:
    print(f(x))
print(torch.pow(x, 2), torch.pow(2, x))
print(torch.maximum(x, torch.tensor([1.0, 1.0, 1.0])), torch.minimum(x, torch.tensor(1.0)))
print(torch.add(x, 1, alpha=2), torch.sub(x, x), torch.mul(x, 2), torch.div(x, 2))
print(torch.matmul(torch.ones(2, 3), torch.ones(3)), torch.mm(torch.eye(2), torch.ones(2, 2)))
print(torch.sum(x), torch.mean(x), torch.prod(x), torch.cumsum(x, dim=0))
print(math.pi, torch.pi if hasattr(torch, "pi") else math.pi)
