# gather picks along a dim; the gradient scatters back.
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
g = torch.gather(t, 1, torch.tensor([[0, 0], [1, 0]]))
print(g)
g.sum().backward()
print(t.grad)
print(t.gather(0, torch.tensor([[1, 0]])))
scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
print(scores.gather(1, torch.tensor([1, 0]).unsqueeze(1)).squeeze(1))
