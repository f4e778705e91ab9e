# torch.autograd.backward with several outputs and their gradients.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 2
b = x ** 2
torch.autograd.backward([a.sum(), b.sum()], retain_graph=True)
print(x.grad)
torch.autograd.backward([a, b], [torch.ones(2), torch.tensor([0.5, 0.5])])
print(x.grad)
torch.autograd.backward([a, b], [torch.ones(2), torch.tensor([0.5, 0.5])])
