# Module state: train/eval, children, named_parameters, zero_grad, freezing with requires_grad_(False).
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.ReLU())
print(model.training, model[1].training)
model.eval()
print(model.training, model[1].training)
x = torch.tensor([[1.0, -1.0]])
print(torch.equal(model(x), model(x)))
model.train()
print(model.training)
print([name for name, p in model.named_parameters()])
print([type(m).__name__ for m in model.children()])
model(x).sum().backward()
model.zero_grad()
print([p.grad for p in model.parameters()])
for p in model[0].parameters():
    p.requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
