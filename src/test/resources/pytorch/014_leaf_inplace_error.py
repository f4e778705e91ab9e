# A leaf that requires grad cannot be changed in place while grad mode is on.
import torch
torch.set_default_dtype(torch.float64)
w = torch.tensor([1.0], requires_grad=True)
print(w.item())
w.mul_(2)
print("not reached")
