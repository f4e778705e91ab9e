# F.smooth_l1_loss / nn.SmoothL1Loss (beta) and F.huber_loss / nn.HuberLoss (delta): values,
# gradients of input and target, reductions, the node's name and next_functions, the checks.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([[0.1, -2.5, 3.0], [0.0, 1.2, -0.4]], requires_grad=True)
y = torch.tensor([[0.4, 0.5, 0.0], [2.0, 1.2, 0.6]], requires_grad=True)
for reduction in ["mean", "sum", "none"]:
    for beta in [1.0, 0.5, 2.5]:
        x.grad, y.grad = None, None
        l = F.smooth_l1_loss(x, y, reduction=reduction, beta=beta)
        l.sum().backward()
        print("smooth_l1", reduction, beta, l, x.grad, y.grad)
        x.grad, y.grad = None, None
        l = F.huber_loss(x, y, reduction=reduction, delta=beta)
        l.sum().backward()
        print("huber", reduction, beta, l, x.grad, y.grad)
l = F.smooth_l1_loss(x, y)
print(type(l.grad_fn).__name__, [type(n).__name__ for n, _ in l.grad_fn.next_functions])
print(F.huber_loss(x, y.detach()).grad_fn.next_functions[1])
print(nn.SmoothL1Loss(), nn.HuberLoss(delta=2.0), nn.SmoothL1Loss(beta=0.5)(x, y), nn.HuberLoss(reduction="sum", delta=0.5)(x, y))
print(nn.HuberLoss(delta=2.0).delta, nn.SmoothL1Loss(beta=0.5).beta, nn.SmoothL1Loss().reduction)
print(F.smooth_l1_loss(torch.tensor([1.0, 5.0]), torch.tensor([1.5, 2.0]), beta=0.0))
g = torch.tensor([0.5, -1.5, 3.0], requires_grad=True)
(gg,) = torch.autograd.grad(F.huber_loss(g, torch.zeros(3), delta=1.0), g, create_graph=True)
print(gg.tolist(), gg.requires_grad, torch.autograd.grad(gg.sum(), g))
try:
    F.smooth_l1_loss(x, y, beta=-1.0)
except RuntimeError as e:
    print("RuntimeError:", e)
F.huber_loss(x, y, delta=0.0)
