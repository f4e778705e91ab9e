import torch
torch.set_default_dtype(torch.float64)
# tensor_split/hsplit/vsplit/dsplit, dstack/row_stack, take/take_along_dim, broadcast_tensors: values, errors, grad_fn names, gradients
def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)
x = torch.arange(10)
print(torch.tensor_split(x, 3), x.tensor_split(4), x.tensor_split([2, 5, 5, 12]), x.tensor_split((1, -3)))
m = torch.arange(12).reshape(3, 4)
print(m.tensor_split(2, dim=1), torch.tensor_split(m, [1], 0), m.tensor_split(torch.tensor([1, 3]), 1), m.tensor_split(torch.tensor(2), 1))
show(lambda: x.tensor_split(0))
show(lambda: torch.tensor(1).tensor_split(2))
show(lambda: x.tensor_split(torch.tensor([[1]])))
show(lambda: x.tensor_split(torch.tensor([1.])))
show(lambda: x.tensor_split(2.5))
print(torch.hsplit(m, 2), m.hsplit([1, 3]), torch.hsplit(x, 5), torch.vsplit(m, 3), m.vsplit([2]))
show(lambda: torch.hsplit(m, 3))
show(lambda: torch.vsplit(x, 2))
show(lambda: torch.hsplit(torch.tensor(1.), 1))
t3 = torch.arange(8).reshape(2, 2, 2)
print(torch.dsplit(t3, 2), t3.dsplit([1]))
show(lambda: torch.dsplit(m, 2))
print(torch.dstack([torch.tensor([1, 2]), torch.tensor([3, 4])]), torch.dstack((m, m)).shape, torch.dstack([torch.tensor(1.), torch.tensor(2.)]))
print(torch.row_stack([torch.tensor([1, 2]), torch.tensor([3, 4])]), torch.row_stack((m, m[:1])))
show(lambda: torch.dstack([]))
show(lambda: torch.dstack([torch.ones(2), torch.ones(3)]))
print(torch.dstack([torch.tensor([1, 2]), torch.tensor([3., 4])]))
print(torch.take(m, torch.tensor([[0, 11], [-1, 5]])), m.take(torch.tensor([3])))
show(lambda: m.take(torch.tensor([12])))
show(lambda: m.take(torch.tensor([-13])))
show(lambda: m.take(torch.tensor([1.])))
show(lambda: m.take([1]))
idx = torch.tensor([[0, 3], [1, 1], [2, 0]])
print(torch.take_along_dim(m, idx, dim=1), m.take_along_dim(torch.tensor([[2, 0, 1, 1]]), 0), torch.take_along_dim(m, torch.tensor([5, 0])))
print(torch.take_along_dim(m, torch.tensor([[1], [0], [2]]), 1), torch.take_along_dim(m, torch.tensor([[1], [0]]), dim=0))
show(lambda: m.take_along_dim(torch.tensor([[1.]]), 1))
show(lambda: m.take_along_dim(torch.tensor([1, 2]), 1))
show(lambda: m.take_along_dim(torch.tensor([[4]]), 1))
print(torch.broadcast_tensors(torch.tensor([1, 2, 3]), torch.tensor([[1.], [2.]])))
print(torch.broadcast_tensors(torch.tensor(5)))
show(lambda: torch.broadcast_tensors(torch.ones(2), torch.ones(3)))
show(lambda: torch.broadcast_tensors(torch.ones(2), 3))
a = torch.tensor([[0.5, -1., 2., 0.25], [1.5, 3., -2., 4.], [1., 2., 3., 4.]], requires_grad=True)
w = torch.tensor([[1., 2., -3., 4.], [0.5, -1., 1.5, 2.], [0.25, 1., 2., -1.]])
p0, p1 = a.tensor_split(2, dim=1); print(p0.grad_fn.name(), p1.grad_fn.name(), a.tensor_split([1, 3])[1].grad_fn.name())
h = a.hsplit(2); print(h[0].grad_fn.name(), a.vsplit([1])[1].grad_fn.name())
(p0 * w[:, :2] + 2 * p1 * w[:, 2:]).sum().backward(); print(a.grad); a.grad = None
d = torch.dstack([a, a * 2]); print(d.grad_fn.name(), d.shape)
(d * torch.arange(24.).reshape(3, 4, 2)).sum().backward(); print(a.grad); a.grad = None
r = torch.row_stack([a, a[:1]]); print(r.grad_fn.name())
(r.sum(1) * torch.arange(4.)).sum().backward(); print(a.grad); a.grad = None
t = a.take(torch.tensor([[0, 5], [5, -1]])); print(t.grad_fn.name())
(t * torch.tensor([[1., 2.], [3., 4.]])).sum().backward(); print(a.grad); a.grad = None
t = a.take_along_dim(idx, 1); print(t.grad_fn.name())
(t * w[:, :2]).sum().backward(); print(a.grad); a.grad = None
t = a.take_along_dim(torch.tensor([11, 0, 0])); print(t.grad_fn.name())
(t * torch.tensor([1., 2., 3.])).sum().backward(); print(a.grad); a.grad = None
b1, b2 = torch.broadcast_tensors(a[0], a[:, :1]); print(b1.grad_fn.name(), b2.grad_fn.name())
(b1 * w + b2 * w * w).sum().backward(); print(a.grad); a.grad = None
