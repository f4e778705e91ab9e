# F.cosine_similarity / nn.CosineSimilarity, F.normalize, F.kl_div / nn.KLDivLoss (every reduction,
# 'batchmean', log_target), torch.xlogy and F.pad (constant, negative crops, reflect, replicate,
# circular): values, gradients, the nodes a grad_fn walk meets, and PyTorch's refusals.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)


def walk(f, depth=0):
    print("  " * depth + (type(f).__name__ if f is not None else "None"))
    for n, _ in (f.next_functions if f is not None else ()):
        walk(n, depth + 1)


x = torch.tensor([[0.5, -1.0, 2.0], [0.0, 0.0, 0.0], [3.0, 0.1, -0.2]], requires_grad=True)
y = torch.tensor([[1.5, 1.0, -2.0], [1.0, 0.3, 0.2], [0.3, 0.3, 0.4]], requires_grad=True)
c = F.cosine_similarity(x, y)
print(c)
walk(c.grad_fn)
c.sum().backward()
print(x.grad, y.grad)
print(F.cosine_similarity(x, y, dim=0), F.cosine_similarity(x, y[0]), nn.CosineSimilarity(dim=0, eps=1e-6)(x, y), nn.CosineSimilarity())
x.grad = None
n = F.normalize(x)
print(n)
walk(n.grad_fn)
(n * torch.arange(9.0).reshape(3, 3)).sum().backward()
print(x.grad, F.normalize(x, p=1, dim=0), F.normalize(x, dim=-1, eps=1.0))

p = F.softmax(y, dim=1).detach()
for reduction in ["none", "sum", "batchmean", "mean"]:
    x.grad = None
    logq = F.log_softmax(x, dim=1)
    k = F.kl_div(logq, p, reduction=reduction)
    k.sum().backward()
    print(reduction, k, x.grad)
k = F.kl_div(logq, F.softmax(y, dim=1), reduction="batchmean")
walk(k.grad_fn)
k = F.kl_div(logq, p.log(), reduction="sum", log_target=True)
print(k, nn.KLDivLoss(reduction="batchmean")(logq, p), nn.KLDivLoss(reduction="sum", log_target=True)(logq, p.log()), nn.KLDivLoss())
walk(k.grad_fn)
print(F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([0.0, 0.5]), reduction="sum"), F.kl_div(torch.tensor([-1.0]), torch.tensor([-0.5])))
t = torch.tensor([0.0, 2.0, 0.0, 3.0], requires_grad=True)
u = torch.tensor([0.0, 0.5, float("nan"), 4.0], requires_grad=True)
z = torch.xlogy(t, u)
print(z, type(z.grad_fn).__name__)
z.sum().backward()
print(t.grad, u.grad, torch.xlogy(torch.tensor([2.0, 0.0]), 3.0), t.xlogy(2.0))

for pad, kw in [((1, 2), {}), ((1, 2, 0, 1), {"value": 3.5}), ((-1, 1), {}), ((0, 0, -1, 2), {"mode": "constant", "value": -1.0})]:
    x.grad = None
    q = F.pad(x, pad, **kw)
    (q * q).sum().backward()
    print(pad, q, x.grad)
walk(F.pad(x, (1, 1)).grad_fn)
for mode in ["reflect", "replicate"]:
    for pad in [(1, 2), (2, 0, 1, 1), (-1, 1)]:
        img = torch.arange(12.0).reshape((1, 2, 2, 3) if len(pad) == 4 else (2, 2, 3)).requires_grad_()
        q = F.pad(img, pad, mode=mode)
        (q * torch.arange(float(q.numel())).reshape(q.shape)).sum().backward()
        print(mode, pad, q.tolist(), type(q.grad_fn).__name__, img.grad.tolist())
q = F.pad(torch.arange(6.0).reshape(1, 2, 3), (1, 2), mode="circular")
print(q.tolist(), F.pad(torch.arange(6.0).reshape(1, 2, 3), (2, 0), mode="circular").tolist(), F.pad(torch.arange(6.0).reshape(1, 2, 3), (1, 1), mode="reflect").tolist())
for bad in [lambda: F.pad(x, (1,)), lambda: F.pad(x, (1, 1, 1, 1, 1, 1)), lambda: F.pad(x, (1, 1), mode="foo"), lambda: F.pad(torch.ones(3), (1, 1), mode="reflect"),
            lambda: F.pad(torch.ones(1, 2, 3), (3, 3), mode="reflect"), lambda: F.pad(torch.ones(1, 2, 3), (4, 0), mode="circular"), lambda: F.pad(x, (-2, -1)),
            lambda: F.kl_div(x, y, reduction="foo"), lambda: F.cosine_similarity(x, torch.ones(3, 4))]:
    try:
        bad()
    except (RuntimeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
