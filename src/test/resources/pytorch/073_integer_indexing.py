# Indexing with integer tensors and lists; repeated indices accumulate gradient.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], requires_grad=True)
idx = torch.tensor([2, 0, 2])
print(x[idx])
print(x[:, idx])
print(x[torch.tensor([0, 1, 2]), torch.tensor([2, 1, 0])])
print(x[[0, 2]], x[0, [1, 2]])
x[idx].sum().backward()
print(x.grad)
logp = torch.log_softmax(torch.tensor([[1.0, 2.0], [3.0, 1.0]]), dim=1)
print(-logp[torch.arange(2), torch.tensor([1, 0])].mean())
x[torch.tensor([3])]
