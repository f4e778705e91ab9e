# IndexErrors where PyTorch raises them (tester's findings: adjoint raised RuntimeError, so
# `except IndexError` missed them): the old tutorials' loss.data[0] on a 0-d loss (PyTorch's
# message says to use .item()), too many indices, index_select's own messages; permute with the
# wrong count is a RuntimeError, torch.cat(x, x) PyTorch's TypeError. NaN is the maximum for
# argmax/argmin/max(dim)/min(dim), and softmax of +inf is NaN, as in PyTorch.
import torch
torch.set_default_dtype(torch.float64)


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


loss = torch.tensor(0.5, requires_grad=True) * 2
x = torch.arange(6.).reshape(2, 3)
show("loss.data[0]", lambda: loss.data[0])
show("loss[0]", lambda: loss[0])
show("loss[None]", lambda: loss[None])
show("loss[:]", lambda: loss[:])
show("loss.item()", lambda: loss.item())
show("x[0,0,0]", lambda: x[0, 0, 0])
show("x[0,:,0]", lambda: x[0, :, 0])
show("x[...,0,0,0]", lambda: x[..., 0, 0, 0])
show("x[5]", lambda: x[5])
show("x[:, 3]", lambda: x[:, 3])
show("x[t[0.]]", lambda: x[torch.tensor([0.])])
show("x['a']", lambda: x['a'])
show("x[1.0]", lambda: x[1.0])
show("permute", lambda: x.permute(1, 0, 2))
show("permute1", lambda: x.permute(1))
show("torch.permute", lambda: torch.permute(x, (1, 0, 2)))
show("cat", lambda: torch.cat(x, x))
show("cat dim", lambda: torch.cat([x], dim=1.5))
show("cat ok", lambda: torch.cat((x, x), 1).shape)
show("index_select", lambda: x.index_select(0, torch.tensor([5])))
show("index_select neg", lambda: x.index_select(0, torch.tensor([-1])))
show("index_select dim 1", lambda: x.index_select(1, torch.tensor([3])))
show("index_select 3-d", lambda: torch.ones(2, 3, 4).index_select(2, torch.tensor([4])))
show("index_select ok", lambda: x.index_select(1, torch.tensor([2, 0])))


def assign():
    x[0, 0, 0] = 1


show("x[0,0,0] = 1", assign)
try:
    loss.data[0]
except IndexError:
    print("caught IndexError: use loss.item() =", loss.item())

nan, inf = float("nan"), float("inf")
v = torch.tensor([1.0, nan, 3.0])
m = torch.tensor([[1.0, nan], [5.0, 2.0]])
for name, f in [("argmax", lambda: v.argmax()), ("argmin", lambda: v.argmin()), ("max", lambda: v.max()), ("min", lambda: v.min()),
                ("amax", lambda: m.amax(1)), ("max dim", lambda: m.max(1)), ("min dim", lambda: m.min(1)), ("argmax dim", lambda: m.argmax(1)),
                ("argmin dim", lambda: m.argmin(0)), ("argmax keep", lambda: m.argmax(1, keepdim=True)),
                ("softmax inf", lambda: torch.tensor([inf, 1.0]).softmax(0)), ("softmax -inf", lambda: torch.tensor([-inf, 1.0]).softmax(0)),
                ("softmax all -inf", lambda: torch.tensor([-inf, -inf]).softmax(0)), ("log_softmax inf", lambda: torch.tensor([inf, 1.0]).log_softmax(0)),
                ("softmax nan", lambda: torch.tensor([nan, 1.0]).softmax(0))]:
    show(name, f)
