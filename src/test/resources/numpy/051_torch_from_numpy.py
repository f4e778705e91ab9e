import numpy as np
import torch
torch.set_default_dtype(torch.float64)
a = np.array([1., 2., 3.])
t = torch.from_numpy(a)
print(t)
t.add_(1)
print(a)
a[0] = 10
print(t)
print(torch.tensor(a), torch.tensor(np.arange(3)))
print(torch.tensor(np.array([True, False])))
