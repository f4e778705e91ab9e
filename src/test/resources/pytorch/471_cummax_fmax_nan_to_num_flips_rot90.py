import torch
torch.set_default_dtype(torch.float64)
# cummax/cummin, fmax/fmin, nan_to_num, ravel, fliplr/flipud/rot90: values, integer dtypes, errors, grad_fn names, gradients
def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)
nan, inf = float('nan'), float('inf')
x = torch.tensor([[1., 3., 2., 3.], [0., -1., 5., nan]])
print(torch.cummax(x, 1))
print(x.cummin(dim=0))
print(torch.cummax(torch.tensor([2, 1, 2, 5, 0]), 0))
print(torch.tensor([True, False, True]).cummin(0))
show(lambda: x.cummax(2))
show(lambda: x.cummax())
print(torch.tensor(3.).cummax(0))
v, i = torch.tensor([1., nan, 2.]).cummin(0); print(v, i)
print(torch.fmax(torch.tensor([1., nan, 3., nan]), torch.tensor([nan, 2., 1., nan])))
print(torch.fmin(torch.tensor([1., nan, 3.]), torch.tensor([[nan], [2.]])))
print(torch.tensor([1, 5, 3]).fmax(torch.tensor([4, 2, 3])))
print(torch.tensor([1, 5, 3]).fmin(torch.tensor([2.5, 2, 3])))
show(lambda: torch.fmax(torch.tensor([1., 2.]), 1.5))
show(lambda: torch.fmax(torch.tensor([1., 2.]), torch.tensor([1., 2., 3.])))
y = torch.tensor([nan, inf, -inf, 1.5])
print(torch.nan_to_num(y))
print(y.nan_to_num(nan=0.5, posinf=9., neginf=-9.))
print(torch.nan_to_num(y, 2.))
print(torch.tensor([1, 2]).nan_to_num())
z = y.clone(); z.nan_to_num_(nan=-1.); print(z)
print(torch.ravel(x), torch.arange(6).reshape(2, 3).t().ravel(), torch.tensor(3.).ravel())
m = torch.arange(6).reshape(2, 3)
print(torch.fliplr(m), m.flipud(), torch.flipud(torch.arange(3)))
show(lambda: torch.fliplr(torch.arange(3)))
show(lambda: torch.flipud(torch.tensor(1.)))
print(torch.rot90(m), m.rot90(2), m.rot90(-1), torch.rot90(m, 3, [1, 0]), torch.rot90(torch.arange(8).reshape(2, 2, 2), 1, (0, 2)))
print(torch.rot90(m, k=5, dims=[0, 1]))
show(lambda: torch.rot90(m, 1, [0]))
show(lambda: torch.rot90(m, 1, [0, 0]))
show(lambda: torch.rot90(m, 1, [0, 2]))
show(lambda: torch.rot90(torch.arange(3), 1))
a = torch.tensor([[0.5, -1., 2., 0.25], [1.5, 3., -2., 4.]], requires_grad=True)
b = torch.tensor([[1., -1., 3., 0.25], [0.5, 3., -3., 5.]], requires_grad=True)
w = torch.tensor([[1., 2., -3., 4.], [0.5, -1., 1.5, 2.]])
cases = [("cummax", lambda: a.cummax(1).values), ("cummin", lambda: a.cummin(0)[0]),
         ("fmax", lambda: torch.fmax(a, b)), ("fmin", lambda: a.fmin(b)),
         ("nan_to_num", lambda: (a.log()).nan_to_num(nan=0.)),
         ("ravel", lambda: a.ravel()), ("fliplr", lambda: a.fliplr()), ("flipud", lambda: a.flipud()),
         ("rot90", lambda: a.rot90()), ("rot90_2", lambda: a.rot90(2))]
for name, f in cases:
    out = f()
    print(name, out.grad_fn.name())
    a.grad = None; b.grad = None
    (out * w.reshape(out.shape)).sum().backward()
    print(a.grad, b.grad)
