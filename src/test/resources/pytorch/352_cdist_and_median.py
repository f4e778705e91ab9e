# torch.cdist (p = 2, 1, 0, inf, 3; batches broadcast; gradients to both sides, 0 where two rows
# coincide) and median (PyTorch's lower median, with and without dim, NaN, int tensors, gradients).
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
a = torch.randn(3, 2, requires_grad=True)
b = torch.randn(4, 2, requires_grad=True)
for p in [2.0, 1.0, 0.0, float('inf'), 3.0, 0.5]:
    a.grad, b.grad = None, None
    d = torch.cdist(a, b, p=p)
    (d * torch.arange(12.).reshape(3, 4)).sum().backward()
    print(p, d, type(d.grad_fn).__name__, a.grad, b.grad)
print([None if n is None else type(n).__name__ for n, _ in torch.cdist(a, b.detach()).grad_fn.next_functions])
same = torch.tensor([[1.0, 2.0], [0.0, 0.0]], requires_grad=True)
d = torch.cdist(same, torch.tensor([[1.0, 2.0]]))
d.sum().backward()
print(d, same.grad)
x1, x2 = torch.randn(2, 3, 2), torch.randn(1, 4, 2)
print(torch.cdist(x1, x2).shape, torch.cdist(x1, x2)[1])
for f in [lambda: torch.cdist(torch.ones(3), torch.ones(3, 3)), lambda: torch.cdist(torch.ones(2, 3), torch.ones(2, 2)),
          lambda: torch.cdist(torch.ones(2, 3), torch.ones(2, 3), p=-1)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
m = torch.tensor([[3., 1., 2., 2.], [5., 4., 6., 0.]])
print(torch.median(m), m.median(), m.median(1), m.median(dim=0, keepdim=True), torch.median(torch.tensor([1., 3., 2., 4.])))
print(torch.median(torch.tensor([1., float('nan'), 2.])), torch.tensor([[1., float('nan')], [2., 3.]]).median(1))
x = torch.tensor([1., 4., 2., 3.], requires_grad=True)
md = x.median()
md.backward()
print(md, type(md.grad_fn).__name__, x.grad)
x.grad = None
v, i = x.median(0)
v.backward()
print(v, i, type(v.grad_fn).__name__, x.grad)
print(torch.median(torch.tensor([2, 1, 3, 3])), torch.tensor([[1, 1], [2, 2]]).median(0), torch.tensor(5.).median(), torch.tensor(5.).median(0))
print(torch.median(torch.tensor([7., 7., 1., 7.]), 0), torch.randn(3, 5).median(-1).indices.dtype)
print(torch.tensor([]).median(), torch.zeros(0, 2).median(1))
torch.zeros(2, 0).median(1)
