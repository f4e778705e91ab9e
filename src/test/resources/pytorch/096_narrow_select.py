# narrow and select: views along one dim, with PyTorch's errors.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(6.).reshape(2, 3)
n = x.narrow(1, -2, 2)
s = x.select(1, -1)
print(n, s, torch.narrow(x, 0, 1, 1), torch.select(x, 0, 0), sep="\n")
n.mul_(10)
print(x, s, sep="\n")
w = torch.ones(2, 3, requires_grad=True)
(w.narrow(1, 1, 2) * 3).sum().backward()
(w.select(0, 1) * 5).sum().backward()
print(w.grad, type(w.select(0, 1).grad_fn).__name__)
for f in [lambda: x.narrow(1, 1, 5), lambda: x.narrow(1, 1, -1), lambda: x.narrow(1, 5, 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
x.select(1, 3)
