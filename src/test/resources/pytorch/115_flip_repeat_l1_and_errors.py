# flip, repeat and l1_loss with their gradients, and three of PyTorch's errors students catch by
# type: a target out of range is an IndexError, a multi-column target nll_loss's RuntimeError,
# float()/int() of a tensor with several elements a ValueError.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], requires_grad=True)
print(x.flip(0), torch.flip(x, [0, 1]), x.flip(-1).grad_fn.name())
print(x.repeat(2, 1), torch.tensor([1, 2]).repeat(2, 2), x.repeat(1, 2, 1).shape, x.repeat(2, 1).grad_fn.name())
(x.flip(1) * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad)
x.grad = None
(x.repeat(2, 2) ** 2).sum().backward()
print(x.grad)
t = torch.tensor([0.0, 4.0, -3.0])
loss = F.l1_loss(x[0], t)
print(loss, nn.L1Loss(reduction="sum")(x[1], t), F.l1_loss(x[0], t, reduction="none"))
x.grad = None
loss.backward()
print(x.grad)
for bad in [lambda: F.cross_entropy(torch.ones(2, 3), torch.tensor([0, 3])), lambda: F.nll_loss(torch.ones(2, 3), torch.tensor([[0], [1]])),
            lambda: F.nll_loss(torch.ones(3), torch.tensor([0, 1])), lambda: float(torch.ones(2)), lambda: int(torch.ones(0)),
            lambda: torch.ones(2, 3).repeat(2), lambda: torch.ones(2).flip(0, 0)]:
    try:
        bad()
    except (IndexError, ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
print(float(torch.tensor([2.5])), int(torch.tensor(7.9)))
F.cross_entropy(torch.ones(2, 3), torch.tensor([-1, 0]))
