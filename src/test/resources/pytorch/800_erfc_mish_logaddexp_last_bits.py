# erfc (SLEEF's erfc for every element, the tail of a tensor too), mish and logaddexp (SLEEF's eight at a time, the
# C library's for the rest of a row; logaddexp as ln(1 + e^-|a-b|), not log1p) to the last digit, float64 (Z65).
# Recorded from torch 1.13 on one thread.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-310, 1e308, float('inf'), float('-inf'), float('nan'), 7.0, -7.0, 1e-8, 100.0]
print(torch.erfc(torch.tensor(vals)).tolist())
print(torch.erfc(torch.tensor(1.0)).item(), torch.erfc(torch.tensor(0.5)).item(), torch.erfc(torch.tensor(-2.2)).item())
for n in [1, 3, 8, 11]:
    x = torch.randn(n) * 3
    print("erfc", n, torch.erfc(x).tolist())
x = torch.linspace(-5, 30, 45, requires_grad=True)
y = torch.erfc(x)
y.sum().backward()
print(y.sum().item(), y.tolist()[-6:], x.grad.tolist()[:5])
print(torch.nn.functional.mish(torch.tensor(vals)).tolist())
for n in [1, 5, 8, 13]:
    x = torch.randn(n) * 4
    print("mish", n, torch.nn.functional.mish(x).tolist())
print(torch.nn.functional.mish(torch.tensor(-2.5)).item())
for n in [6, 8, 13, 16]:
    a, b = torch.randn(n) * 3, torch.randn(n) * 3
    print("logaddexp", n, torch.logaddexp(a, b).tolist())
a = torch.randn(3, 10)
print(torch.logaddexp(a, torch.tensor(0.25)).tolist()[1], torch.logaddexp(a[:, :5], a[:, 5:]).tolist()[2])
print(torch.logaddexp(torch.tensor(-2.5), torch.tensor(0.0)).item(),
      torch.logaddexp(torch.tensor([float('inf'), float('-inf'), 1.0]), torch.tensor([float('inf'), float('-inf'), float('nan')])).tolist())
