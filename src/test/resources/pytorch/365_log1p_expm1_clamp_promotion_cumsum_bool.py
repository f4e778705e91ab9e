# Silent differences the tester found: log1p/expm1 computed as log(1 + x)/exp(x) - 1 (losing the
# small x they exist for), clamp of an int tensor with float bounds (PyTorch promotes to float; the
# in-place form refuses), cumsum of a bool mask (int64 counts) and cumsum(dtype=), and a long sum's
# accuracy (PyTorch's cascade, not a running total).
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor([1, 5])
print(t.clamp(max=2.5), t.clamp(min=1.5), torch.clamp(t, 0, 2.5), t.clip(0.5, 2.5), t.clamp(0, 3), t.clamp(max=2.0))
try:
    t.clamp_(max=2.5)
except RuntimeError as e:
    print('RuntimeError:', e)
print(torch.tensor([True, False, True]).cumsum(0), torch.tensor([1, 2]).cumsum(0, dtype=torch.float64))
print(torch.log1p(torch.tensor([1e-12])).item(), torch.tensor([1e-20]).log1p().item(), torch.expm1(torch.tensor([1e-10])).item())
x = torch.tensor([0.5, -0.3, 2.0, 1e-9], requires_grad=True)
y = torch.log1p(x) + torch.expm1(x)
y.sum().backward()
print(y, x.grad, torch.log1p(x).grad_fn.name(), torch.expm1(x).grad_fn.name())
print(torch.full((10**6,), 0.1).sum().item(), torch.full((10**6,), 0.1).mean().item())
