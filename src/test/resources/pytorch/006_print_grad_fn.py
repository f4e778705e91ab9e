# Tensors print their grad_fn or requires_grad.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor(2.0, requires_grad=True)
print(x)
print(x * 3)
print(x.exp())
print((x * 3).mean())
z = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
print(z.mean().grad_fn.name())
print(z.sum(dim=1))
print(z.detach())
