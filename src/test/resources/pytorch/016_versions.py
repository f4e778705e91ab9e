# Every in-place change raises the version counter.
import torch
torch.set_default_dtype(torch.float64)
x = torch.ones(3)
print(x._version)
x.add_(1)
x.mul_(2)
x += 1
x[0] = 10
print(x._version, x)
y = x.clone()
print(y._version)
z = x + 1
print(z._version)
