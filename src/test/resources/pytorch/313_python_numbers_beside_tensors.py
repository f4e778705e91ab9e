# A number bound at the top level (adjoint's lecture shorthand makes it an input) is, beside a
# tensor, the Python number PyTorch sees: a constant. From the tester's finding on the
# "Transforms"/"Datasets & DataLoaders" tutorials' normalisation constants.
import torch, math
torch.set_default_dtype(torch.float64)
mean, std = 0.5, 0.25
x = (torch.tensor([1.0, 2.0]) - mean) / std
print(x, x.requires_grad, x.grad_fn, x.is_leaf)
print(x.numpy())
n = 3
print(torch.ones(2) * n, torch.ones(2).add(n), torch.ones(2).pow(n), n * torch.ones(2) > 2)
c = math.sqrt(2.0)
print(torch.ones(1) / c)
lr = 0.1
w = torch.ones(2, requires_grad=True)
print(w * lr, w.mul(lr), torch.mul(w, lr), w.add(lr), torch.add(torch.ones(2), lr))
print(torch.where(torch.ones(2) > 0, torch.ones(2), lr), torch.ones(2).clamp(min=lr), torch.full((2,), lr))
print(torch.tensor([lr, n]), torch.Tensor([lr, n]), torch.Tensor([1, 2]))
t = torch.zeros(2)
t += lr
t *= n
print(t, t.requires_grad)
(w * lr).sum().backward()
print(w.grad)
with torch.no_grad():
    w -= lr * w.grad
print(w)
y = w * n
print(type(y.grad_fn).__name__, [(type(f).__name__, i) for f, i in y.grad_fn.next_functions])
