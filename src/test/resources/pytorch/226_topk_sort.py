# torch.topk / torch.sort / Tensor.sort return (values, indices) named tuples (torch docs examples)
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1., -2., 3.], [-4., 5., -6.]])
print(x.topk(2, dim=1))
print(torch.sort(x, dim=1, descending=True))
print(x.sort(dim=0))
v, i = x.topk(1, dim=0, largest=False)
print(v, i, torch.topk(torch.tensor([3., 1., 2.]), 2).indices, x.sort(dim=1).values[:, 0])
