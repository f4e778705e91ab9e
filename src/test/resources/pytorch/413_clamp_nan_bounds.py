# Review: clamp with a NaN bound — clamp(min=nan) or clamp(max=nan) alone leaves x (gradient 0), a NaN with both bounds,
# clamp_min(nan) and clamp_max(nan) give NaN; the in-place forms alike (clamp_min_/clamp_max_ named ClampMin/MaxBackward0).
import torch
torch.set_default_dtype(torch.float64)
nan = float('nan')
x = torch.tensor([1., 2., nan], requires_grad=True)
for kw in [dict(min=nan), dict(max=nan), dict(min=nan, max=1.5), dict(min=0.5, max=nan), dict(min=nan, max=nan), dict(min=3., max=1.)]:
    y = x.clamp(**kw)
    y.sum().backward()
    print(kw, y, x.grad)
    x.grad = None
print(torch.clamp_min(x, nan), torch.clamp_max(x, nan))
y = torch.clamp_min(x, nan); y.sum().backward(); print(x.grad); x.grad = None
y = torch.clamp_max(x, nan); y.sum().backward(); print(x.grad); x.grad = None
print(x.clip(min=nan), torch.clamp(x, nan))
print(x.detach().clone().clamp_(min=nan), x.detach().clone().clamp_min_(nan))
print(torch.tensor([1, 2]).clamp(min=nan))
print(torch.tensor([1., 2.], requires_grad=True).clone().clamp_min_(1.5), torch.tensor([1., 2.], requires_grad=True).clone().clamp_max_(1.5))
