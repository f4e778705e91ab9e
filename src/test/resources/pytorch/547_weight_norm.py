# nn.utils.weight_norm / remove_weight_norm as PyTorch 1.13: weight_g and weight_v replace weight, a forward
# pre-hook recomputes weight (the fused _weight_norm kernel for the first or last axis: WeightNormInterfaceBackward0,
# its sums of squares in four lanes with multiply-adds; v * (g / norm_except_dim) for other axes), and norms over
# axes add up as PyTorch's norm kernel does (one fused multiply-add per element, in order). Recorded from torch 1.13.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
torch.manual_seed(0)
m = nn.utils.weight_norm(nn.Linear(7, 3))
print(m)
print([n for n, _ in m.named_parameters()], m.weight_g.shape, m.weight_v.shape, list(m.state_dict().keys()))
print(m.weight_g.flatten().tolist())
print(m.weight.grad_fn.name(), m.weight.flatten().tolist())
x = torch.randn(4, 7)
out = m(x)
print(out.tolist())
out.pow(2).sum().backward()
print(m.weight_g.grad.flatten().tolist(), m.weight_v.grad.flatten().tolist(), m.bias.grad.tolist())
c = nn.utils.weight_norm(nn.Conv2d(2, 3, 2), dim=None)
print(c.weight_g.shape, c.weight_g.item())
y = c(torch.randn(1, 2, 3, 3)); y.sum().backward()
print(y.sum().item(), c.weight_g.grad.item(), c.weight_v.grad.sum().item())
l = nn.utils.weight_norm(nn.Linear(5, 9), dim=1)
print(l.weight_g.shape, l.weight_g.flatten().tolist())
z = l(torch.randn(2, 5)); z.sum().backward()
print(z.sum().item(), l.weight_g.grad.flatten().tolist(), l.weight_v.grad.sum().item())
for shape, dim in [((6, 37), 0), ((40, 11), 1), ((3, 4, 5), 2), ((3, 4, 5), 1)]:
    v = torch.randn(shape, requires_grad=True)
    gshape = [1] * len(shape); gshape[dim] = shape[dim]
    g = torch.rand(gshape, requires_grad=True)
    w = torch._weight_norm(v, g, dim)
    w.backward(torch.randn(shape))
    print(shape, dim, w.grad_fn.name(), w.sum().item(), g.grad.flatten().tolist()[:4], v.grad.flatten().tolist()[:4])
    print(torch.norm_except_dim(v, 2, dim).flatten().tolist()[:6], v.norm(2, -1).flatten().tolist()[:4], v.norm(2, 0).flatten().tolist()[:4])
nn.utils.remove_weight_norm(m)
print([n for n, _ in m.named_parameters()], m.weight.flatten().tolist()[:3])
err(lambda: nn.utils.remove_weight_norm(m))
k = nn.utils.weight_norm(nn.Linear(2, 2))
err(lambda: nn.utils.weight_norm(k))
err(lambda: nn.utils.weight_norm(nn.Linear(2, 2), name='weightx'))
