# torch.nn.functional: relu, softmax, log_softmax, cross_entropy, mse_loss, nll_loss.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
z = torch.tensor([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]], requires_grad=True)
t = torch.tensor([1, 2])
print(F.relu(torch.tensor([-1.0, 0.0, 2.0])))
print(F.softmax(z, dim=1))
print(F.log_softmax(z, dim=1))
print(F.cross_entropy(z, t))
print(F.cross_entropy(z, t, reduction='sum'), F.cross_entropy(z, t, reduction='none'))
print(F.nll_loss(F.log_softmax(z, dim=1), t))
print(F.mse_loss(z, torch.zeros(2, 3)), F.mse_loss(z, torch.zeros(2, 3), reduction='sum'))
loss = F.cross_entropy(z, t)
loss.backward()
print(z.grad)
