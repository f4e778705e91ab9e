# Entry writes in a loop (t[i, j] = ..., t[i] += ..., x.data[i] = ... under no_grad, out[:, k] = ...)
# change the tensor in place: each raises the version, views and .data see it, clones and
# detach().clone() do not, and a graph that saved the tensor refuses backward afterwards.
import torch
torch.set_default_dtype(torch.float64)

t = torch.zeros(3, 4)
r = t[1]
c = t[:, 2]
v = t.view(12)
k = t.clone()
for i in range(3):
    for j in range(4):
        t[i, j] = i * 10 + j
print(t, t._version, r, c, v[5], k.sum())
for j in range(4):
    t[0, j] += t[2, j]
    r[j] = -j
print(t, t._version, v._version)

out = torch.zeros(2, 3, dtype=torch.float64)
for q in range(3):
    out[:, q] = torch.tensor([q, q * q])
print(out, out._version)

w = torch.ones(4, requires_grad=True)
loss = (w * w).sum()
with torch.no_grad():
    for i in range(4):
        w[i] = i + 0.5
print(w, w._version, w.requires_grad, w.is_leaf)
try:
    loss.backward()
except RuntimeError as e:
    print('RuntimeError:', e)

p = torch.ones(3, requires_grad=True)
y = p.exp()
for i in range(3):
    p.data[i] = 2.0 * i
print(p, p._version, y)
y.sum().backward()
print(p.grad)

a = torch.ones(3, requires_grad=True)
b = a * 2
d = b * b
with torch.no_grad():
    b[0] = 5
print(b._version, b)
try:
    d.sum().backward()
except RuntimeError as e:
    print('RuntimeError:', e)

leaf = torch.zeros(2, requires_grad=True)
try:
    leaf[0] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
n = torch.arange(6)
for i in range(6):
    n[i] = n[i - 1] + 2.9
print(n, n.dtype, n._version)
try:
    n[6] = 0
except IndexError as e:
    print('IndexError:', e)
