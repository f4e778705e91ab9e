# The activations of the newer tutorials and courses (transformers use GELU, EfficientNet SiLU,
# ...): F.gelu (approximate 'none' and 'tanh'), elu, selu, celu, silu, softplus (beta, threshold),
# hardtanh, relu6, torch.erf and their nn layers: values, gradients, second derivatives, the nodes'
# names, the layers' reprs, and PyTorch's refusals.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([[-3.0, -1.2, -0.3, 0.0], [0.4, 1.0, 2.5, 30.0]], requires_grad=True)
cases = [
    ("gelu", lambda t: F.gelu(t)), ("gelu tanh", lambda t: F.gelu(t, approximate="tanh")),
    ("elu", lambda t: F.elu(t)), ("elu 0.5", lambda t: F.elu(t, alpha=0.5)), ("selu", F.selu), ("celu 0.7", lambda t: F.celu(t, 0.7)),
    ("silu", F.silu), ("softplus", F.softplus), ("softplus 2 1", lambda t: F.softplus(t, beta=2, threshold=1)),
    ("hardtanh", F.hardtanh), ("hardtanh -0.3 2.5", lambda t: F.hardtanh(t, -0.3, 2.5)), ("relu6", F.relu6), ("erf", torch.erf),
]
for name, f in cases:
    x.grad = None
    y = f(x)
    (g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    gg = torch.autograd.grad(g.sum(), x, allow_unused=True)[0] if g.requires_grad else None
    print(name, y, type(y.grad_fn).__name__, [type(n).__name__ for n, _ in y.grad_fn.next_functions])
    print("  grad", g.detach(), "second", gg)
print(nn.GELU(), nn.GELU(approximate="tanh"), nn.ELU(), nn.ELU(alpha=0.5, inplace=True), nn.SELU(), nn.CELU(0.5), nn.SiLU())
print(nn.Softplus(), nn.Softplus(beta=2, threshold=10), nn.Hardtanh(), nn.Hardtanh(-2, 3), nn.ReLU6(), nn.ReLU6(inplace=True))
model = nn.Sequential(nn.Linear(4, 3), nn.GELU(), nn.Linear(3, 2), nn.SiLU(), nn.Softplus(beta=0.5))
with torch.no_grad():
    for p in model.parameters():
        p.copy_(torch.linspace(-1, 1, p.numel()).reshape(p.shape))
out = model(x.detach())
print(model, out)
print(nn.ELU(alpha=0.3)(x).sum().item(), nn.Hardtanh(-0.5, 0.5)(x).tolist(), nn.GELU("tanh").approximate, nn.Softplus().beta)
print(F.hardtanh(torch.tensor([1, -2, 3])), F.relu6(torch.tensor([1, -2, 9])), torch.erf(torch.tensor([0.5, 1.0])), type(x.erf().grad_fn).__name__)
for bad in [lambda: F.gelu(torch.tensor([1, 2])), lambda: F.elu(torch.tensor([1, 2])), lambda: F.silu(torch.tensor([1])),
            lambda: F.softplus(torch.tensor([1])), lambda: F.gelu(x, approximate="exact"), lambda: F.celu(x, 0.0)]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
