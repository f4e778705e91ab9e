# manual_seed makes draws repeatable (310-312 check the values themselves).
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
a = torch.randn(3, 4)
b = torch.rand(2)
torch.manual_seed(0)
c = torch.randn(3, 4)
print(torch.equal(a, c), a.shape, b.shape)
print(bool(((b >= 0) & (b < 1)).all()))
print(torch.randint(0, 10, (5,)).dtype, torch.randint(3, (2, 2)).shape)
print(sorted(torch.randperm(5).tolist()))
