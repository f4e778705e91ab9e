# zero_() on a leaf that requires grad fails before any backward can use the zeros.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
try:
    x.zero_()
except RuntimeError as e:
    print("RuntimeError:", e)
y.backward()
print(x.grad)
