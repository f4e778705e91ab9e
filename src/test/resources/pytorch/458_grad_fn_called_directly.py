# Review finding R13, checked against torch 1.13: calling a grad_fn directly runs its formula on the
# gradient as given, of any shape (no check against the output's shape, no sum back to the inputs'
# shapes after broadcasting); AccumulateGrad copies a leaf's first gradient into the leaf's shape
# (broadcasting as copy_ does, with its messages) and adds later ones in place.
import torch
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = torch.ones(2, requires_grad=True)
t(lambda: x.sum().grad_fn(torch.ones(2)))
t(lambda: x.sum().grad_fn(torch.ones(3)))
t(lambda: x.sum().grad_fn(torch.tensor(2.)))
t(lambda: x.view(2, 1).grad_fn(torch.ones(2)))
t(lambda: x.view(2, 1).grad_fn(torch.ones(3)))
t(lambda: x.view(2, 1).grad_fn(torch.ones(2, 1)))
t(lambda: (x * 2).grad_fn(torch.ones(3)))
t(lambda: (x * 2).grad_fn(torch.ones(1)))
t(lambda: (x * x).grad_fn(torch.ones(3)))
t(lambda: (x * x).grad_fn(torch.tensor(3.)))
t(lambda: (x + 1).grad_fn(torch.ones(3)))
t(lambda: x.exp().grad_fn(torch.ones(3)))
t(lambda: x.exp().grad_fn(torch.ones(1)))
t(lambda: x.unsqueeze(0).grad_fn(torch.ones(2)))
t(lambda: x.t().grad_fn(torch.ones(3)))
t(lambda: x.expand(3, 2).grad_fn(torch.ones(3, 2)))
t(lambda: x.sigmoid().grad_fn(torch.ones(3)))
t(lambda: x.tanh().grad_fn(torch.ones(1)))
y = torch.full((3, 2), 2., requires_grad=True)
t(lambda: (x * y).grad_fn(torch.ones(3, 2)))
t(lambda: (x + y).grad_fn(torch.ones(3, 2)))
t(lambda: (x - y).grad_fn(torch.ones(3, 2)))
t(lambda: (x / y).grad_fn(torch.ones(3, 2)))
t(lambda: (x + 1).grad_fn(torch.ones(2)))
acc = x.sum().grad_fn.next_functions[0][0]
t(lambda: acc(torch.ones(3)))
t(lambda: acc(torch.ones(2, 2)))
t(lambda: acc(torch.ones(1, 2)))
print(x.grad)
t(lambda: acc(torch.ones(1)))
print(x.grad, x.grad.shape)
x.grad = None
t(lambda: acc(torch.tensor(3.)))
print(x.grad)
t(lambda: acc(torch.ones(2)))
print(x.grad)
t(lambda: acc(torch.ones(1)))
print(x.grad)
t(lambda: acc(None))
print(x.grad)
z = torch.ones(1, 2, requires_grad=True)
acc2 = z.sum().grad_fn.next_functions[0][0]
t(lambda: acc2(torch.ones(2)))
print(z.grad)
