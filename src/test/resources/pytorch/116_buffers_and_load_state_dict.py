# Buffers (register_buffer, named_buffers, buffers, state_dict's order: each module's parameters
# then its persistent buffers) and load_state_dict's result and errors, as the "Save and Load the
# Model" tutorial shows them.
import torch
from torch import nn
torch.set_default_dtype(torch.float64)


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
        self.register_buffer("scale", torch.tensor(2.0))
        self.register_buffer("tmp", torch.ones(1), persistent=False)

    def forward(self, x):
        return self.fc(x) * self.scale


b = Block()
print(list(b.state_dict().keys()), [n for n, _ in b.named_buffers()], list(b.buffers()))
b.scale = torch.tensor(5.0)
print(b.state_dict()["scale"])
b2 = Block()
print(b2.load_state_dict(b.state_dict()), b2.scale, bool((b2.fc.weight == b.fc.weight).all()))
print(b2(torch.ones(1, 2)).shape, b2)
a, c = nn.Linear(3, 2), nn.Linear(3, 2)
print(c.load_state_dict(a.state_dict()))
r = c.load_state_dict({"weight": torch.ones(2, 3)}, strict=False)
print(r, r.missing_keys, r.unexpected_keys, type(r).__name__)
print(c.load_state_dict({"weight": torch.ones(2, 3), "bias": torch.ones(2), "extra": torch.ones(1)}, strict=False), c.bias)
for bad in [{"weight": torch.ones(2, 3)}, {"weight": torch.ones(2, 3), "bias": torch.ones(2), "extra": torch.ones(1)},
            {"weight": torch.ones(3, 3), "bias": torch.ones(2)}]:
    try:
        c.load_state_dict(bad)
    except RuntimeError as e:
        print(e)
try:
    nn.Sequential(nn.Linear(2, 2)).load_state_dict({"0.weight": torch.ones(2, 2), "1.bias": torch.ones(2)})
except RuntimeError as e:
    print(e)
c.load_state_dict([("weight", torch.ones(2, 3))])
