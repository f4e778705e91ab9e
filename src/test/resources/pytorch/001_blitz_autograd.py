# The 60-minute blitz, autograd section: tensors that require grad, grad_fn, backward.
import torch
torch.set_default_dtype(torch.float64)
x = torch.ones(2, 2, requires_grad=True)
print(x)
y = x + 2
print(y)
print(y.grad_fn is not None, x.grad_fn is None)
z = y * y * 3
out = z.mean()
print(z, out)
out.backward()
print(x.grad)
