import torch
torch.set_default_dtype(torch.float64)

# T18: a list is no value for t[i] = ...; Tensor.__index__ takes integer tensors of one element;
# amax/amin's grad_fn names; clamp with tensor bounds (gradients to x, min and max as PyTorch's).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t = torch.zeros(2, 4)
def put(k, v):
    t[k] = v
    return t
show(lambda: put(0, [1, 2, 3, 4]))
show(lambda: put(0, (1, 2, 3, 4)))
show(lambda: put(0, 5))
show(lambda: [1, 2, 3][torch.tensor(1.)])
show(lambda: [1, 2, 3][torch.tensor(1)])
show(lambda: [1, 2, 3][torch.tensor(True)])
show(lambda: [1, 2, 3][torch.tensor([1])])
show(lambda: [1, 2, 3][torch.tensor([1, 2])])
show(lambda: range(5)[torch.tensor(2)])
x = torch.tensor([[1., 5., 3.], [4., 2., 6.]], requires_grad=True)
print(type(x.amax().grad_fn).__name__, type(x.amax(-1).grad_fn).__name__, type(x.amin().grad_fn).__name__, type(x.amin(0).grad_fn).__name__)
print(type(x.amax((0, 1)).grad_fn).__name__, type(x.max().grad_fn).__name__, type(x.min().grad_fn).__name__, type(torch.amax(x, 1).grad_fn).__name__, type(x[0].amax().grad_fn).__name__, type(x[0].amin().grad_fn).__name__)
print(type(torch.linalg.matrix_norm(x, 2).grad_fn).__name__, type(x.amax(1, keepdim=True).grad_fn).__name__)
x.amin(0).sum().backward(); print(x.grad)
y = torch.tensor([[1., 5., 3.], [4., 2., 6.]])
lo = torch.tensor([2., 2., 2.]); hi = torch.tensor([[3.], [5.]])
show(lambda: y.clamp(lo, hi))
show(lambda: y.clamp(min=lo))
show(lambda: y.clamp(max=hi))
show(lambda: torch.clamp(y, lo, 4.))
show(lambda: y.clamp(2., hi))
show(lambda: y.clamp(hi, 2))
show(lambda: y.clone().clamp_(lo, hi))
show(lambda: y.clip(lo, hi))
show(lambda: torch.tensor([1, 5, 9]).clamp(torch.tensor([2, 2, 2]), torch.tensor([4, 4, 4])))
show(lambda: torch.tensor([1, 5, 9]).clamp(torch.tensor([2., 2, 2])))
show(lambda: torch.tensor([1, 5, 9]).clamp_(torch.tensor([2., 2, 2])))
show(lambda: y.clamp(torch.tensor([1., 2.])))
show(lambda: y.clamp())
z = torch.tensor([1., 2., 3., 4.], requires_grad=True)
lo2 = torch.tensor([2., 0., 0., 3.], requires_grad=True); hi2 = torch.tensor([5., 1., 5., 2.], requires_grad=True)
c = z.clamp(lo2, hi2)
print(c, type(c.grad_fn).__name__)
c.sum().backward()
print(z.grad, lo2.grad, hi2.grad)
w = torch.tensor([[1., 5.], [4., 2.]], requires_grad=True)
w.clamp(max=torch.tensor([3., 3.])).sum().backward()
print(w.grad)
