# A view shares its base's version counter: changing one after the graph saved the other
# is caught at backward, with PyTorch's message.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
v = y[1:]
z = (v * v).sum()
print(y._version, v._version)
y.add_(1)
print(y._version, v._version)
z.backward()
