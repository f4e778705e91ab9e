# nn.BCELoss / nn.BCEWithLogitsLoss and their functional forms: values, gradients (to the input
# and the target), weight, pos_weight, reductions, extreme logits and probabilities of 0 and 1.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([[0.0, -1.5, 2.0], [800.0, -800.0, 0.25]], requires_grad=True)
y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.3]], requires_grad=True)
for reduction in ["mean", "sum", "none"]:
    loss = F.binary_cross_entropy_with_logits(x, y, reduction=reduction)
    print(reduction, loss, loss.grad_fn.name())
    loss.sum().backward()
    print(x.grad, y.grad)
    x.grad = None
    y.grad = None
w = torch.tensor([1.0, 2.0, 0.5])
pw = torch.tensor([3.0, 1.0, 0.25])
crit = nn.BCEWithLogitsLoss(weight=w, pos_weight=pw)
print(crit)
loss = crit(x, y)
loss.backward()
print(loss, x.grad)
print(nn.BCEWithLogitsLoss(reduction="sum", pos_weight=torch.tensor(2.0))(x, y))

p = torch.tensor([0.5, 0.9, 0.1, 0.0, 1.0], requires_grad=True)
t = torch.tensor([1.0, 1.0, 0.0, 1.0, 0.0])
loss = nn.BCELoss()(p, t)
print(loss, loss.grad_fn.name())
q = torch.tensor([0.2, 0.7, 0.999], requires_grad=True)
loss = F.binary_cross_entropy(q, torch.tensor([0.0, 1.0, 0.5]), weight=torch.tensor([2.0, 1.0, 3.0]), reduction="sum")
loss.backward()
print(loss, q.grad)
print(nn.BCELoss(reduction="none")(torch.sigmoid(torch.tensor([-1.0, 1.0])), torch.tensor([0.0, 1.0])))
print(F.logsigmoid(torch.tensor([-800.0, -1.0, 0.0, 3.0, 800.0])), nn.LogSigmoid()(torch.tensor(2.0)))

model = nn.Linear(3, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.25, 1.0]]))
    model.bias.fill_(0.1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
X = torch.tensor([[1.0, 2.0, 0.5], [0.0, -1.0, 1.5], [2.0, 0.0, -1.0], [-1.0, 1.0, 0.0]])
Y = torch.tensor([[1.0], [0.0], [1.0], [0.0]])
for step in range(3):
    opt.zero_grad()
    loss = nn.BCEWithLogitsLoss()(model(X), Y)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(model.weight, model.bias)

for bad in [lambda: F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0])),
            lambda: F.binary_cross_entropy(torch.tensor([0.5, 0.2]), torch.tensor([[1.0], [0.0]])),
            lambda: F.binary_cross_entropy_with_logits(torch.tensor([0.5, 0.2]), torch.tensor([[1.0], [0.0]])),
            lambda: F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([1])),
            lambda: F.binary_cross_entropy_with_logits(torch.tensor([0.5]), torch.tensor([1.0]), reduction='avg')]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
nn.BCELoss(reduction="total")(torch.tensor([0.5]), torch.tensor([1.0]))
