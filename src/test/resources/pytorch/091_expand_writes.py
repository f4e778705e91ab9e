# expand() repeats entries without copying: reading works, writing in place is refused.
import torch
torch.set_default_dtype(torch.float64)
base = torch.tensor([1.0, 2.0, 3.0])
e = base.expand(2, 3)
base.mul_(2)
print(e)
print((e * 1).sum())
e2 = base.unsqueeze(1).expand(3, 2)
print(e2)
try:
    e.add_(1)
except RuntimeError as err:
    print("RuntimeError:", err)
print(base, base._version)
e.clone().add_(1)
e[0].add_(1)
