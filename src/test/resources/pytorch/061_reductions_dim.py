# dim= and keepdim= on reductions.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.sum(), x.sum(dim=1, keepdim=True), x.sum(0))
print(x.mean(dim=0), x.mean(1, keepdim=True), torch.mean(x, dim=(0, 1)))
print(x.sum(dim=(0, 1)), x.sum(dim=-1))
print(x.logsumexp(dim=1), torch.logsumexp(x, dim=0, keepdim=True))
print(x.softmax(dim=-1))
print(x.log_softmax(dim=0))
print(x.prod(dim=1), x.amax(dim=0), x.amin(dim=1))
