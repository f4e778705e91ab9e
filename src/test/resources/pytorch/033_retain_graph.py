# A second backward through saved tensors needs retain_graph=True.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
y.backward(retain_graph=True)
y.backward()
print(x.grad)
s = (x + 2).sum()
s.backward()
s.backward()
print(x.grad)
y.backward()
