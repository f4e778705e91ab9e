# Idioms of the PyTorch tutorials (dtype=torch.float dropped from the one-hot line: float32 is computed
# and printed as float64 here): f-strings and format() of 0-d tensors (their item()),
# scatter_ for one-hot targets (the Datasets tutorial's target_transform), an optimizer over
# frozen parameters (fine-tuning: frozen leaves are kept and skipped), replacing a layer of a
# Sequential by index.
import torch
from torch import nn, optim
torch.set_default_dtype(torch.float64)
t = torch.tensor(0.5, requires_grad=True) * 2
print(f"{t}", "{}".format(torch.tensor(3)), format(torch.tensor(2.5)), f"{torch.tensor(True)}", f"{t:.3f}", f"{torch.tensor(7):>4}")
print(f"loss: {t:>7f}  [{torch.tensor(64):>5d}/{60000:>5d}]", f"{torch.tensor([1.0, 2.0])}", "%s" % torch.tensor(1.5))
target_transform = lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1)
print(target_transform(3))
x = torch.zeros(2, 4)
print(x.scatter(1, torch.tensor([[2], [0]]), torch.tensor([[1.0, 2.0], [3.0, 4.0]])), x)
print(x.scatter_(0, torch.tensor([[1, 0, 1]]), 5.0), x)
w = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
s = torch.tensor([10.0, 20.0], requires_grad=True)
y = w.scatter(0, torch.tensor([3, 1]), s)
print(y, y.grad_fn.name())
(y * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(w.grad, s.grad)
z = w * 1
z.scatter_(0, torch.tensor([0]), value=-1.0)
print(z, z.grad_fn.name())
for bad in [lambda: torch.zeros(2, 3).scatter_(1, torch.tensor([2, 0]), 1.0), lambda: torch.zeros(2, 3).scatter_(1, torch.tensor([[5]]), 1.0),
            lambda: torch.zeros(3).scatter_(0, torch.tensor([1.0]), 1.0), lambda: w.scatter_(0, torch.tensor([1]), 1.0)]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
for param in model.parameters():
    param.requires_grad = False
model[2] = nn.Linear(3, 5)
with torch.no_grad():
    model[0].weight.fill_(0.5)  # the first layer's ReLU passes something on, whatever the seed
print(model)
optimizer = optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
print(len(optimizer.param_groups[0]["params"]))
before = [p.clone() for p in model.parameters()]
loss = model(torch.ones(2, 4)).sum()
loss.backward()
optimizer.step()
print([p.grad is None for p in model.parameters()], [bool((p == q).all()) for p, q in zip(model.parameters(), before)])
optim.Adam([torch.ones(2, requires_grad=True) * 2])
