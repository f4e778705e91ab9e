# diagonal, unbind, chunk and split: values, grad_fn names, views sharing their input's data, the
# gradients they pass back, and PyTorch's errors.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(12.).reshape(3, 4).requires_grad_()
print(x.diagonal(), x.diagonal(1), x.diagonal(-1), x.diagonal(5))
print(x.unbind(), x.unbind(1)[0])
print(x.chunk(2), x.chunk(3, 1), len(x.chunk(5, 1)))
print(x.split(2), x.split([1, 3], 1), torch.split(x, 3, dim=1))
print(torch.diagonal(x, 0, 1, 0), torch.unbind(x, 1)[3], torch.chunk(x, 2)[1], torch.diagonal(x, offset=1))
y = x * x
(y.diagonal().sum() + 3 * y.unbind(1)[1].sum() + (y.chunk(2)[1] ** 2).sum() + y.split([1, 3], 1)[1].sin().sum()).backward()
print(x.grad)
a, b, c = torch.ones(3, 2).unbind()
print(a, b, c)
with torch.no_grad():
    m = torch.zeros(3, 3)
    m.diagonal().fill_(1)
    m.unbind(1)[2].add_(5)
    top, rest = m.split([1, 2])
    top.mul_(10)
print(m, m._version)
t = torch.eye(3, requires_grad=True)
d = t.diagonal()
print(d.requires_grad, d._base is t, d.is_leaf)
def show(text, f):
    try:
        print(text, f())
    except Exception as ex:
        print(text, type(ex).__name__, ex)
show("ones(3).diagonal()", lambda: torch.ones(3).diagonal())
show("x.diagonal(0, 1, 1)", lambda: x.diagonal(0, 1, 1))
show("x.chunk(0)", lambda: x.chunk(0))
show("x.split([1, 1])", lambda: x.split([1, 1]))
show("x.split(0)", lambda: x.split(0))
show("tensor(1.).unbind()", lambda: torch.tensor(1.).unbind())
show("x.unbind(2)", lambda: x.unbind(2))
show("tensor(1.).stride(0)", lambda: torch.tensor(1.).stride(0))
show("x.split(-1)", lambda: x.split(-1))
d.mul_(2)
