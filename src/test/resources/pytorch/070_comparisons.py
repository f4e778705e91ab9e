# Comparisons give boolean tensors; all and any.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([1.0, 0.0, 5.0])
print(x == y, x < y, x >= 2, x != y)
print(x.eq(y), x.lt(y), x.gt(y), x.le(2), x.ge(y), x.ne(y))
print((x > 0).all(), (x > 2).any(), torch.all(x > 2), (x > 5).any().item())
print(torch.equal(x, x.clone()), x.eq(y).sum())
print(~(x > 2), (x > 1) & (x < 3), (x < 2) | (x > 2))
print(bool(x.eq(x).all()))
if (x > 0).all():
    print("all positive")
