# Out-of-range dims and indices, with PyTorch's messages.
import torch
torch.set_default_dtype(torch.float64)
x = torch.ones(2, 3)
for f in [lambda: x.sum(dim=2), lambda: x.softmax(dim=-3), lambda: x.unsqueeze(4), lambda: x.transpose(0, 5)]:
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)
try:
    x[2]
except IndexError as e:
    print("IndexError:", e)
x[0, 3]
