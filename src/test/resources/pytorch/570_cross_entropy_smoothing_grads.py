# cross_entropy with label_smoothing and ignored targets as PyTorch 1.13: the smoothing term's mean over the targets
# that count (masked_select, then mean), nll_loss's gradient -(grad / total_weight) times each weight, and
# log_softmax's gradient g - exp(y) * sum(g) as one fused multiply-add (the sum in four lanes along the last axis).
# Recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(6, 4, requires_grad=True)
t = torch.tensor([0, 3, 1, -100, 2, 1])
w = torch.tensor([1., 2., 0.5, 1.5])
cases = [lambda: F.cross_entropy(x, t, label_smoothing=0.1), lambda: F.cross_entropy(x, t, weight=w, label_smoothing=0.2),
         lambda: F.cross_entropy(x, t), lambda: F.cross_entropy(x, t, reduction='sum', label_smoothing=0.3),
         lambda: F.nll_loss(x.log_softmax(1), t, weight=w), lambda: F.nll_loss(x.log_softmax(1), t, reduction='none').sum(),
         lambda: x.log_softmax(0).sum() * 0.3, lambda: (x.view(2, 3, 4).log_softmax(1) * torch.arange(24.).view(2, 3, 4)).sum(),
         lambda: F.cross_entropy(x.view(2, 3, 4).transpose(1, 2), t.view(2, 3).clamp(min=0), label_smoothing=0.05)]
for i, c in enumerate(cases):
    x.grad = None
    loss = c()
    loss.backward()
    print(i, loss.item(), x.grad.flatten().tolist())
g, = torch.autograd.grad(F.cross_entropy(x, t, label_smoothing=0.1), x, create_graph=True)
print(g.grad_fn.name(), g.pow(2).sum().item())
g.pow(2).sum().backward()
print(x.grad.flatten().tolist()[:6])
