# nn.Parameter: a leaf that requires grad, printed as "Parameter containing:".
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(p.requires_grad, p.is_leaf, isinstance(p, torch.Tensor), isinstance(p, nn.Parameter))
q = nn.Parameter(torch.zeros(2), requires_grad=False)
print(q.requires_grad)
print(p * 2)
