# Homework: logistic regression trained with a hand-written BCE (F.binary_cross_entropy and nn.BCELoss
# are missing: see tester-findings),
# accuracy, a confusion count and an early-stopping loop
import torch
from torch import nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

X = torch.stack([torch.linspace(-2, 2, 40), torch.cos(torch.linspace(0, 6, 40))], dim=1)
y = (X[:, 0] + 0.5 * X[:, 1] > 0).double()
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.1, -0.1]]))
    model.bias.fill_(0.0)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
def criterion(p, y, reduction="mean"):
    losses = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
    return {"mean": losses.mean(), "sum": losses.sum(), "none": losses}[reduction]
best, patience, bad = float("inf"), 3, 0
for epoch in range(200):
    p = torch.sigmoid(model(X)).squeeze(1)
    loss = criterion(p, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if loss.item() < best - 1e-3:
        best, bad = loss.item(), 0
    else:
        bad += 1
    if bad >= patience:
        print("early stop at", epoch)
        break
    if epoch % 20 == 0:
        print(f"{epoch:3d} {loss.item():.6f}")
with torch.no_grad():
    p = torch.sigmoid(model(X)).squeeze(1)
    pred = (p > 0.5).long()
    acc = (pred == y.long()).double().mean()
    tp = ((pred == 1) & (y == 1)).sum().item()
    fp = ((pred == 1) & (y == 0)).sum().item()
    print(f"acc {acc.item():.3f} tp {tp} fp {fp}", criterion(p, y), model.weight, model.bias)
    print(criterion(p, y, reduction="sum"), criterion(p[:3], y[:3], reduction="none"))
