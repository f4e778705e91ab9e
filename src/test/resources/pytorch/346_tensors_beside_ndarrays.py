# Tensors beside NumPy arrays as PyTorch 1.13 with NumPy 1.24 does them: t op array is NumPy's ufunc on t.numpy(), wrapped
# back as a tensor (refused for a tensor that requires grad, unless under no_grad); array op tensor is a TypeError except /;
# x += array rebinds x; torch.as_tensor(array) shares the array's memory as torch.from_numpy does.
import numpy as np, torch, operator as o
torch.set_default_dtype(torch.float64)
a = np.array([10.0, 20.0]); i = np.array([1, 2]); b = np.array([True, False])
ops = {'+': o.add, '-': o.sub, '*': o.mul, '/': o.truediv, '//': o.floordiv, '%': o.mod, '**': o.pow, '@': o.matmul, '&': o.and_, '==': o.eq, '<': o.lt}
def show(f, x, y):
    try:
        r = f(x, y)
        return type(r).__name__ + ":" + (str(r.dtype) if hasattr(r, 'dtype') else str(r)) + ":" + str(r.tolist() if hasattr(r, 'tolist') else r)
    except Exception as e:
        return type(e).__name__ + ":" + str(e)[:40]
for name, f in ops.items():
    t = torch.tensor([1.0, 2.0]); tl = torch.tensor([1, 2]); tg = torch.tensor([1.0, 2.0], requires_grad=True)
    print(name, "| t,a", show(f, t, a), "| a,t", show(f, a, t), "| tl,i", show(f, tl, i), "| i,tl", show(f, i, tl), "| tg,a", show(f, tg, a), "| a,tg", show(f, a, tg), "| 0d", show(f, torch.tensor(2.0), a), show(f, a, torch.tensor(2.0)))
torch.set_default_dtype(torch.float64)
a = np.array([10.0, 20.0])
x = torch.ones(2); y = x
x += a
print(x, x is y)
x = torch.ones(2); y = x
x *= a
print(x, x is y)
x = torch.ones(2); y = x
x /= a
print(x, x is y)
x = torch.ones(2); y = x
x -= a
print(x, x is y)
g = torch.ones(2, requires_grad=True)
try:
    with torch.no_grad():
        g += a
    print(g)
except Exception as e:
    print(type(e).__name__, e)
b = a.copy()
try:
    b += torch.ones(2)
except TypeError as e:
    print("TypeError", e)
b = a.copy()
try:
    b -= torch.ones(2)
except TypeError as e:
    print("TypeError", e)
b = a.copy()
b /= torch.full((2,), 4.0)
print(type(b).__name__, b)
c = np.arange(6.0).reshape(2, 3)
u = torch.as_tensor(c)
c[0, 0] = 100.0
print(u[0, 0].item(), u.dtype)
u[1, 1] = -5.0
print(c[1, 1])
v = torch.as_tensor(c, dtype=torch.float64)
c[0, 1] = 7.0
print(v[0, 1].item())
w = torch.as_tensor(np.array([1, 2]))
print(w.dtype, torch.as_tensor([1, 2]).dtype, torch.as_tensor(3.0))
z = torch.as_tensor(np.array([1, 2]), dtype=torch.float64)
print(z)
t = torch.tensor([1.0, 2.0])
print(torch.as_tensor(t) is t, torch.as_tensor(t, dtype=torch.float64) is t, torch.as_tensor(t, dtype=torch.int64))
