# The 60-minute blitz's tensor section: new_* constructors keep the source's element type.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([5.5, 3])
print(x.new_ones(5, 3, dtype=torch.double))
print(x.new_zeros((2, 2)), x.new_zeros(2, 2, requires_grad=True))
i = torch.tensor([1, 2])
print(i.new_ones(3), i.new_full((2,), 7), x.new_full((2, 1), 7))
print(x.new_tensor([1, 2]), i.new_tensor([1.5, 2.5]), x.new_empty(2).shape)
i.new_ones(2, requires_grad=True)
