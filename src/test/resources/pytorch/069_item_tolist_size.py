# item, tolist, numel, dim, size() and shape.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.shape, x.size(), x.size(1), x.size(-1), x.numel(), x.dim(), x.ndim)
print(x.tolist(), torch.tensor(2.5).item(), torch.tensor([7]).item(), torch.tensor(3).tolist())
print(len(x), x.shape[0], tuple(x.shape), list(x.shape), x.shape == (2, 3))
rows, cols = x.shape
print(rows * cols)
print(type(x.sum().item()).__name__, type(torch.tensor(5).item()).__name__)
torch.ones(2).item()
