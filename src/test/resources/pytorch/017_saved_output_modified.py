# exp saves its output; changing it in place breaks the backward pass.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.add_(1)
print(y)
y.sum().backward()
