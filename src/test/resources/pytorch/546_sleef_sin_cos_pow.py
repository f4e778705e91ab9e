# torch.sin, torch.cos and torch.pow in float64 compute what PyTorch 1.13's CPU kernels compute:
# SLEEF's vector sin/cos (four at a time, the reduction chosen by the largest of the four) and
# SLEEF's pow eight at a time along a row, the C library's pow for the rest of the row and for
# rows the vector loop cannot read (x.unsqueeze(-1) ** tensor([1, 2, 3]): the tutorial's features).
# "Learning PyTorch with Examples" (RMSprop polynomial fit) drifted from torch's numbers without these.
# Recorded from torch 1.13.
import math
import torch
torch.set_default_dtype(torch.float64)
g = torch.Generator().manual_seed(5)
x = torch.linspace(-math.pi, math.pi, 2000)
y = torch.sin(x)
print(y[327].item(), y[396].item(), y.sum().item(), torch.cos(x).sum().item())
w = torch.randn(999, generator=g) * 40
print(torch.sin(w).sum().item(), torch.cos(w).sum().item(), torch.sin(w * 1e6)[:6].tolist())
xx = x.unsqueeze(-1).pow(torch.tensor([1, 2, 3]))
print(xx[1769].tolist(), xx.sum().item())
a = torch.rand(1003, generator=g) * 5 + 0.1
b = torch.randn(1003, generator=g) * 3
print((a ** b).sum().item(), (a ** 4).sum().item(), (a ** 2.7)[:3].tolist(), (a[:1000].reshape(100, 10) ** b[:10]).sum().item())
print(torch.tensor(2.3) ** torch.tensor(1.7), torch.tensor([-2.0, 0.0, float('inf'), 1.0, -1.5]) ** torch.tensor([3.0, -2.0, -0.5, float('nan'), 2.0]))
t = torch.linspace(-2, 2, 12, requires_grad=True)
torch.sin(t).sum().backward()
print(t.grad.sum().item())
