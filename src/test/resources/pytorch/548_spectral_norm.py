# nn.utils.spectral_norm / remove_spectral_norm as PyTorch 1.13: weight_orig with the buffers weight_u and
# weight_v (drawn with normal_ from the global generator, u first, then normalized), a forward pre-hook that runs
# the power iteration in training mode (the buffers updated in place) and sets weight = weight_orig / sigma;
# dim 1 for the transposed convolutions. Recorded from torch 1.13.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
torch.manual_seed(0)
m = nn.utils.spectral_norm(nn.Linear(20, 40))
print(m)
print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()], list(m.state_dict().keys()))
print(m.weight_u[:4].tolist(), m.weight_v[:4].tolist())
print(torch.equal(m.weight, m.weight_orig), m.weight.requires_grad, m.weight.grad_fn)
x = torch.randn(3, 20)
y = m(x)
print(y.sum().item(), m.weight.grad_fn.name(), m.weight_u[:3].tolist())
y.pow(2).sum().backward()
print(m.weight_orig.grad.sum().item(), m.bias.grad.sum().item())
m.eval()
u0 = m.weight_u.clone()
print(m(x).sum().item(), torch.equal(u0, m.weight_u))
m.train()
for _ in range(3):
    m(x)
print(m.weight_u[:3].tolist(), (m.weight_orig / m.weight).mean().item())
c = nn.utils.spectral_norm(nn.Conv2d(3, 4, 3), n_power_iterations=2)
print(c(torch.randn(1, 3, 5, 5)).sum().item(), c.weight_u.shape, c.weight_v.shape)
ct = nn.utils.spectral_norm(nn.ConvTranspose2d(3, 4, 2))
print(ct.weight_u.shape, ct.weight_v.shape, ct.weight_u.tolist())
nn.utils.remove_spectral_norm(m)
print([n for n, _ in m.named_parameters()], [n for n, _ in m.named_buffers()], m.weight[0, :3].tolist())
err(lambda: nn.utils.remove_spectral_norm(m))
err(lambda: nn.utils.spectral_norm(c))
err(lambda: nn.utils.spectral_norm(nn.Linear(2, 2), n_power_iterations=0))
err(lambda: nn.utils.spectral_norm(nn.Linear(2, 2), name='weightx'))
err(lambda: nn.utils.spectral_norm(nn.Linear(2, 2, bias=False), name='bias'))
