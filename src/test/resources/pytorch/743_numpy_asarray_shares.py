# np.asarray(t) and np.array(t, copy=False) of a CPU tensor share its memory, as t.numpy() does; np.array(t)
# copies, and so does a dtype the tensor does not have (tester Z57). Recorded from torch 1.13 with NumPy 1.24.
import numpy as np
import torch
torch.set_default_dtype(torch.float64)
t = torch.arange(3.)
n1 = np.asarray(t)
n2 = np.array(t, copy=False)
n3 = np.array(t)
n4 = np.asarray(t, dtype=np.float32)
n5 = np.asarray(t, dtype=np.float64)
n6 = np.asanyarray(t)
t[1] = -5
print(n1, n2, n3, n4, n5, n6)
n1[0] = 7
print(t)
n2[2] = 9
print(t, n1)
i = torch.tensor([1, 2, 3])
ni = np.asarray(i)
i += 10
print(ni, ni.dtype)
v = torch.arange(6.).reshape(2, 3)
nv = np.asarray(v[:, 1])
v[1, 1] = 100
print(nv)
w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    np.asarray(w)
except Exception as e:
    print(type(e).__name__, e)
with torch.no_grad():
    nw = np.asarray(w)
    print(nw)
