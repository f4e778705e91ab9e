# nn.Sequential: printing, indexing, parameters in order.
import torch
torch.set_default_dtype(torch.float64)
model = torch.nn.Sequential(
    torch.nn.Linear(3, 1),
    torch.nn.Flatten(0, 1)
)
print(model)
print(model[0])
print([tuple(p.shape) for p in model.parameters()])
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, 2.0, 3.0]]))
    model[0].bias.zero_()
xx = torch.tensor([[1.0, 1.0, 1.0], [0.0, 1.0, 2.0]])
print(model(xx))
m2 = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1), torch.nn.Sigmoid())
print(m2)
print(len(m2), sum(p.numel() for p in m2.parameters()))
