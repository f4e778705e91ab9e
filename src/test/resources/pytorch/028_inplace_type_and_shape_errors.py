# An in-place result must fit the tensor's type and shape.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0])
try:
    x.add_(torch.ones(2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
i = torch.tensor([1, 2])
i += 3
print(i)
i += 0.5
