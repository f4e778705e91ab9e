# What is a view and what is a copy: clone, advanced subscripts and reshape of a transposed
# tensor copy; contiguous() copies only what is not contiguous; detach() and .data share.
import torch
torch.set_default_dtype(torch.float64)
y = torch.arange(4.)
z = y.reshape(2, 2).t().reshape(4)
m = y[y > 1]
i = y[[0, 1]]
k = y.clone()
d = y.detach()
g = y.data
y[0] = 100
print(z, m, i, k, d, g, sep="\n")
a = torch.arange(6.).reshape(2, 3)
b = a.t().contiguous()
b[0, 0] = -5
print(a, b.is_contiguous(), sep="\n")
e = a.contiguous()
e[0, 0] = -7
print(a)
try:
    a.t().view(6)
except RuntimeError as err:
    print("RuntimeError:", err)
print(a.t().reshape(6))
n = a.t().view(3, 1, 2)
a.fill_(3)
print(n)
