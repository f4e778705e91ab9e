import numpy as np
import torch
torch.set_default_dtype(torch.float64)
a = np.array([1., 2., 3.])
t = torch.tensor([10., 20., 30.])
print(t * a, t + a, t - a, t @ a)
print(a == t, a != t)
w = torch.ones(3, requires_grad=True)
y = (w * torch.from_numpy(a)).sum()
y.backward()
print(y, w.grad)
try:
    a * t
except TypeError as e:
    print("TypeError:", e)
t > a
