# max/min with a dim return (values, indices); without one, a single tensor.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 5.0, 3.0], [7.0, 2.0, 7.0]])
print(x.max())
print(x.max(dim=1))
values, indices = x.max(dim=1)
print(values, indices)
r = x.min(0, keepdim=True)
print(r.values, r.indices)
print(torch.max(x, 1)[0], torch.min(x))
print(torch.max(x, torch.tensor(4.0)))
