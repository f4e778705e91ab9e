# Activations with inplace=True change their input (torch helper's report of session 12: they were
# computed out of place, silently). Source: PyTorch 1.13 docs of nn.ELU/SELU/CELU/SiLU/Hardtanh/ReLU6
# and their functional forms; the grad_fn names and gradients through the in-place node.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

base = torch.tensor([-2.0, -0.5, 0.25, 3.0, 7.0])
cases = [
    ("F.elu", lambda t: F.elu(t, alpha=0.5, inplace=True)),
    ("F.selu", lambda t: F.selu(t, inplace=True)),
    ("F.celu", lambda t: F.celu(t, alpha=2.0, inplace=True)),
    ("F.silu", lambda t: F.silu(t, inplace=True)),
    ("F.hardtanh", lambda t: F.hardtanh(t, -1.0, 2.0, inplace=True)),
    ("F.relu6", lambda t: F.relu6(t, inplace=True)),
    ("nn.ELU", nn.ELU(inplace=True)),
    ("nn.ReLU6", nn.ReLU6(inplace=True)),
    ("nn.SiLU", nn.SiLU(inplace=True)),
]
for name, f in cases:
    x = base.clone().requires_grad_()
    y = x * 1.0
    r = f(y)
    print(name, r is y, type(y.grad_fn).__name__, [round(v, 12) for v in y.tolist()])
    r.sum().backward()
    print("  grad", [round(v, 12) for v in x.grad.tolist()])

leaf = base.clone().requires_grad_()
try:
    F.elu(leaf, inplace=True)
except RuntimeError as e:
    print("RuntimeError", e)
plain = base.clone()
F.silu(plain, inplace=True)
print("plain", [round(v, 12) for v in plain.tolist()])
