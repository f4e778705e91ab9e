# Only floating tensors can require grad.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1, 2, 3])
print(x.dtype, x.requires_grad)
x.requires_grad_()
