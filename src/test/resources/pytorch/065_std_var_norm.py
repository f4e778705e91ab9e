# std, var (unbiased by default) and norm.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 2.0, 4.0], [3.0, -1.0, 0.5]], requires_grad=True)
print(x.std(), x.var(), x.std(dim=1), x.var(dim=0, unbiased=False))
print(x.norm(), x.norm(dim=1), x.norm(p=1), torch.norm(x))
print(x.std(dim=1, keepdim=True))
x.std().backward()
print(x.grad)
