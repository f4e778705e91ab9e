# torch functions' out= keyword, as the tensors tutorial uses it (torch.matmul(t, t.T, out=y3)):
# the result is written into out, which is returned; PyTorch's errors for autograd and casts.
import torch
torch.set_default_dtype(torch.float64)
a = torch.ones(2, 2)
b = torch.full((2, 2), 3.)
c = torch.empty(2, 2)
r = torch.add(a, b, out=c)
print(r is c, c, c._version)
torch.matmul(a, b.T, out=c)
print(c)
torch.mul(a, b, out=c)
print(c, c._version)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: torch.add(a, b, out=torch.zeros(2, 2, dtype=torch.int64)))
t(lambda: torch.add(torch.ones(2, dtype=torch.int64), 1, out=torch.zeros(2)))
w = torch.ones(2, 2, requires_grad=True)
t(lambda: torch.add(w, b, out=c))
t(lambda: torch.add(a, b, out=w))
t(lambda: torch.add(a, b, out=[1]))
t(lambda: torch.add(a, b, out=torch.empty(0)))
t(lambda: torch.sum(a, 0, out=torch.empty(2)))
t(lambda: torch.exp(a, out=torch.empty(2, 2)))
t(lambda: torch.cat([a, b], out=torch.empty(4, 2)))
t(lambda: torch.zeros(2, out=torch.empty(2)))
t(lambda: torch.add(a, b, out=None))
with torch.no_grad():
    t(lambda: torch.add(w, b, out=c))
v = c[0]
torch.add(a[0], 1, out=v)
print(c)
a.add(b, out=c)
