# argmax and argmin, over everything or along a dim.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 9.0, 3.0], [8.0, 2.0, 8.0]])
print(x.argmax(), x.argmax(dim=1), x.argmin(dim=0), torch.argmax(x, dim=1, keepdim=True))
print(x.argmax().item(), type(x.argmax().item()).__name__)
