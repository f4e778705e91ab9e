# backward(inputs=...) accumulates only into the given tensors.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
y = x * 2
z = (y * w).sum()
z.backward(inputs=[w, y])
print(x.grad, w.grad, y.grad)
torch.autograd.backward((x * x).sum(), inputs=[x])
print(x.grad)
