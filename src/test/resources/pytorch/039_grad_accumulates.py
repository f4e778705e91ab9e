# Gradients add up across backward passes until zeroed; the same .grad tensor is updated in place.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
y.backward(retain_graph=True)
g = x.grad
y.backward()
print(x.grad, g is x.grad)
x.grad = None
(x * 5).backward()
print(x.grad)
