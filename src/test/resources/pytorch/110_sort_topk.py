# torch.sort, argsort and topk: values and indices as return_types, dims, descending, largest,
# NaN sorted last, gradients to the selected elements only, and PyTorch's errors.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[3.0, -1.0, 2.5, 0.0], [1.0, 4.0, -2.0, 7.0], [0.5, 0.25, 9.0, -3.0]], requires_grad=True)
s = torch.sort(x)
print(s)
print(s.values.grad_fn.name(), type(s).__name__, s.indices.dtype)
values, indices = x.sort(dim=0, descending=True)
print(values, indices)
print(torch.argsort(x, dim=1), x.argsort(dim=0, descending=True))
top = torch.topk(x, 2)
print(top)
print(top.values.grad_fn.name())
print(x.topk(2, dim=0, largest=False))
print(torch.topk(x.flatten(), k=3).indices)
(top.values * torch.tensor([[1.0, 10.0], [100.0, 1000.0], [0.5, 0.25]])).sum().backward()
print(x.grad)
x.grad = None
(s.values ** 2).sum().backward()
print(x.grad)
print(torch.sort(torch.tensor([2.0, float("nan"), -1.0, float("inf")])))
print(torch.sort(torch.tensor([2.0, float("nan"), -1.0]), descending=True))
print(torch.sort(torch.tensor([3, 1, 2])), torch.sort(torch.tensor(5.0)))
print(torch.sort(torch.tensor([1.0, 0.0, 1.0, 0.0]), stable=True))
print(torch.topk(torch.tensor([1.0, 2.0]), 0))
for bad in [lambda: torch.topk(torch.tensor([1.0, 2.0]), 3), lambda: torch.sort(torch.tensor([1.0, 2.0]), dim=1)]:
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
torch.topk(x, 5, dim=1)
