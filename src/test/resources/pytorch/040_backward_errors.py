# What backward refuses, with PyTorch's messages.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor([1.0, 2.0])
for f in [lambda: (x * 2).backward(), lambda: c.sum().backward(), lambda: (x * 2).backward(torch.ones(3)),
          lambda: torch.autograd.grad(x.sum(), c), lambda: x.detach().retain_grad()]:
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
y = x * 2
y.requires_grad_(False)
