# zero_grad() in PyTorch 1.13 zeroes the gradients in place (set_to_none=False).
import torch
torch.set_default_dtype(torch.float64)
w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
(w * w).sum().backward()
g = w.grad
opt.zero_grad()
print(w.grad, g is w.grad)
opt.zero_grad(set_to_none=True)
print(w.grad)
opt.step()
print(w)
