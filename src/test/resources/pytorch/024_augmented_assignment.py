# += -= *= /= change a tensor in place: every name for it sees the change.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0])
y = x
y += 1
print(x, y is x)
y -= torch.tensor([0.5, 0.5])
y *= 4
y /= 2
print(x, x._version)
n = 1
while n < 5:
    n += 1
print(n, type(n).__name__)
