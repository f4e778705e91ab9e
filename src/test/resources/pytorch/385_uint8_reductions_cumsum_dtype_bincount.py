# Session 12's review: uint8's all/any keep uint8 (PyTorch's old bool type); cumsum(dtype=int8) sums in
# int8 and wraps; bincount counts (a value beyond the memory limit is adjoint's own limit error, not shown).
import torch
torch.set_default_dtype(torch.float64)
u8 = torch.tensor([[1, 2], [0, 3]], dtype=torch.uint8)
print(u8.all(), u8.any(), u8.all(0), u8.any(1), torch.all(u8, dim=1, keepdim=True))
print(torch.tensor([True, False]).all(), torch.tensor([1, 0]).any())
print(torch.tensor([[100, 100, 100]], dtype=torch.int8).cumsum(1, dtype=torch.int8))
print(torch.tensor([1, 2, 3]).cumsum(0, dtype=torch.float64))
x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
y = x.cumsum(0, dtype=torch.float64)
y.sum().backward()
print(y, x.grad)
print(torch.bincount(torch.tensor([1, 1, 3])), torch.bincount(torch.tensor([0]), minlength=3))
