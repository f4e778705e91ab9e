# tan, asin, acos, atan (SLEEF's vector functions for every element, four at a time: tan's argument reduction is
# chosen for each four by the largest of them) and atan2 (SLEEF's eight at a time along a row, the C library's for
# the rest of it), with their gradients, to the last digit. Recorded from torch 1.13 on one thread.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
for n in [1, 3, 4, 7, 8, 9, 16, 21]:
    x = torch.rand(n) * 2 - 1
    print(n, torch.asin(x).tolist(), torch.acos(x).tolist(), torch.atan(x * 7).tolist(), torch.tan(x * 1.5).tolist())
big = torch.tensor([0.3, 1.2, -0.7, 20.0, 0.3, 1.2, -0.7, 2.0, 1e5, 0.3, -2.5])  # a four with 20 (long reduction) beside small ones
print(torch.tan(big).tolist())
print(torch.tan(torch.tensor(1.2)).item(), torch.asin(torch.tensor(0.6)).item(), torch.atan(torch.tensor(-3.0)).item())
x = torch.linspace(-0.99, 0.99, 40, requires_grad=True)
for f in [torch.tan, torch.asin, torch.acos, torch.atan]:
    x.grad = None
    y = f(x)
    y.sum().backward()
    print(f.__name__, y.sum().item(), x.grad.tolist()[-5:])
torch.manual_seed(1)
for n in [8, 16, 13]:
    a, b = torch.randn(n), torch.randn(n)
    print("atan2", n, torch.atan2(a, b).tolist()[:8])
a = torch.randn(3, 16)
print("atan2 rows", torch.atan2(a, torch.tensor(0.5)).sum().item(), torch.atan2(a[:, :8], a[:, 8:]).tolist()[0])
# the C library's atan2 (glibc's) for short tensors and the rest of a row past its groups of eight
ys = torch.tensor([52.6, 0.357, 0.0094, 1.0, -2.5, 3e-5, 7.0])  # seven: all the C library's
xs = torch.tensor([-5.89, 0.0364, -0.045, 3.0, -0.1, -4e-3, 1e-9])
print(torch.atan2(ys, xs).tolist(), torch.atan2(torch.tensor(0.6), torch.tensor(-0.8)).item())
torch.manual_seed(2)
a, b = torch.randn(200), torch.randn(200) * 3
print(torch.atan2(a, b).sum().item(), torch.atan2(a[:7], b[:7]).tolist(), torch.atan2(a.view(40, 5), b[:5]).sum().item())
# sinh and cosh: SLEEF's eight at a time, the C library's for the rest (and for a 0-d tensor)
torch.manual_seed(3)
h = torch.randn(21) * 4
print(torch.sinh(h).tolist(), torch.cosh(h).tolist(), torch.sinh(torch.tensor(0.77)).item(), torch.cosh(torch.tensor(-2.97)).item())
