# matmul for vectors, matrices and batches; mismatched shapes.
import torch
torch.set_default_dtype(torch.float64)
v = torch.tensor([1.0, 2.0])
m = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(v @ v, m @ v, v @ m.T, m.T @ m)
b = torch.ones(4, 2, 3)
print((b @ torch.ones(3, 5)).shape, torch.matmul(b, torch.ones(4, 3, 1)).shape, torch.bmm(b, torch.ones(4, 3, 2)).shape)
print(torch.dot(v, v), torch.mv(m, v), torch.outer(v, v) if hasattr(torch, "outer") else None)
m @ m
