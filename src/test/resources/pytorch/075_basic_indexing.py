# Integers, slices, ellipsis and None, and their gradients.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(24.0).reshape(2, 3, 4).requires_grad_()
print(x[0, 1], x[1, :, 2], x[..., 0], x[:, None, 0].shape, x[-1, -1, -1])
print(x[0, ::2, 1:3])
print(x[0][1][2], x[:, 1].shape)
x[0, 1:, ::3].sum().backward()
print(x.grad[0])
x[2]
