# Tester finding #152: a dim held in a variable bound at the top level of a script (d = 1), as a
# reduction fuzz and tutorials that name their axis write it: t.max(d), torch.min(t, d) and
# t.max(dim=d) reduce along d (values and indices); only a tensor is max's elementwise `other`.
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor([[1., 5., 2.], [7., 0., 3.]], requires_grad=True)
d = 1
print(t.max(d))
print(torch.min(t, d))
print(t.max(dim=d).values, t.min(dim=d, keepdim=True).indices)
d = 0
print(torch.max(t, d).indices, t.min(d).values)
print(t.max(torch.tensor(2.)), torch.min(t, torch.tensor([1., 1., 9.])))
t.max(d).values.sum().backward()
print(t.grad)
