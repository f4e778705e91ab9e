# Error types students catch by name (PyTorch 1.13): cross_entropy's out-of-range target is an IndexError,
# nll_loss's 2-D target message, float() of two values is a ValueError
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
try:
    F.cross_entropy(torch.ones(2, 3), torch.tensor([0, 3]))
except IndexError as e:
    print("IndexError:", e)
try:
    F.nll_loss(torch.ones(2, 3), torch.tensor([[0], [1]]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    float(torch.ones(2))
except ValueError as e:
    print("ValueError:", e)
print(float(torch.ones(1)), int(torch.tensor([7])), float(torch.tensor(2.5)))
