# t, T, mT, transpose and permute.
import torch
torch.set_default_dtype(torch.float64)
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(m.t(), m.T, torch.t(m))
c = torch.arange(24.0).reshape(2, 3, 4)
print(c.T.shape, c.mT.shape, c.transpose(0, 2).shape, c.permute(2, 0, 1).shape, c.transpose(-1, -2).shape)
print(torch.arange(3.0).t())
c.t()
