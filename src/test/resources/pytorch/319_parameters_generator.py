# model.parameters() and its kin are generators in PyTorch: a second walk over the same object
# gives nothing (the student bug "my optimizer gets no parameters" after listing them once), and
# everything that takes an iterable of parameters still takes them (tester's finding: adjoint
# returned a list).
import torch
from torch import nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
params = model.parameters()
print(type(params).__name__, str(params).startswith("<generator object Module.parameters at 0x"))
print(len(list(params)), len(list(params)))
for method in ["parameters", "named_parameters", "children", "named_children", "modules", "named_modules", "buffers", "named_buffers"]:
    g = getattr(model, method)()
    print(method, type(g).__name__, len(list(g)), len(list(g)))
print(next(model.parameters()).shape, [n for n, _ in model.named_parameters()])
try:
    len(model.parameters())
except TypeError as e:
    print("TypeError", e)
try:
    model.parameters()[0]
except TypeError as e:
    print("TypeError", e)

params = model.parameters()
print(sum(p.numel() for p in params), sum(p.numel() for p in params))
params = model.parameters()
list(params)
try:
    torch.optim.SGD(params, lr=0.1)
except ValueError as e:
    print("ValueError", e)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
for step in range(3):
    opt.zero_grad()
    loss = model(x).pow(2).mean()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    print(step, loss.item())
opt = torch.optim.Adam([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.01}], lr=0.1)
print([len(g["params"]) for g in opt.param_groups])
print(sorted(dict(model.named_parameters()).keys()), list(map(type, model.children()))[1].__name__)
frozen = [p.requires_grad_(False) for p in model[0].parameters()]
print([p.requires_grad for p in model.parameters()])
