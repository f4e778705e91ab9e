# Three of the tester's smaller findings: state_dict() is an OrderedDict (tutorials print it),
# detach_() on a view is refused with PyTorch's message, and a custom Function's saved output
# comes back from ctx.saved_tensors as the output itself (its grad_fn), so create_graph=True
# differentiates through it (the "Extending PyTorch" notes' double backward).
import collections
import copy
import torch
from torch import nn
torch.set_default_dtype(torch.float64)

lin = nn.Linear(2, 1)
with torch.no_grad():
    lin.weight.fill_(0.5)
    lin.bias.zero_()
sd = lin.state_dict()
print(sd)
print(type(sd).__name__, isinstance(sd, collections.OrderedDict), isinstance(sd, dict), list(sd.keys()))
kept = copy.deepcopy(sd)
print(type(kept).__name__, lin.load_state_dict(kept))
print(nn.Sequential(nn.Linear(1, 1), nn.BatchNorm1d(1)).state_dict().keys())


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


w = torch.ones(2, requires_grad=True)
show("view of leaf", lambda: w.view(2).detach_())
show("view", lambda: torch.ones(2).view(2).detach_())
show("row", lambda: torch.ones(2, 2)[0].detach_())
show("non-leaf", lambda: (w * 2).detach_())
show("detached", lambda: w.detach().detach_())
show("data", lambda: w.data.detach_())
show("data of a view", lambda: torch.ones(2, 2)[0].data.detach_())


class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        print("saved:", result.requires_grad, type(result.grad_fn).__name__)
        return grad_output * result


x = torch.tensor([0.0, 1.0], requires_grad=True)
y = MyExp.apply(x)
g, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g)
print(torch.autograd.grad(g.sum(), x))
MyExp.apply(x).sum().backward()
print(x.grad)

