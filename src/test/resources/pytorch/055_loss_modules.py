# Loss modules and their reductions.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
pred = torch.tensor([[2.0, 1.0], [0.5, 1.5], [1.0, 1.0]], requires_grad=True)
target = torch.tensor([0, 1, 0])
ce = nn.CrossEntropyLoss()
print(ce, ce(pred, target))
mse = nn.MSELoss(reduction='sum')
print(mse, mse(pred, torch.ones(3, 2)))
nll = nn.NLLLoss(reduction='none')
print(nll(torch.log_softmax(pred, 1), target))
nn.MSELoss(reduction='avg')
