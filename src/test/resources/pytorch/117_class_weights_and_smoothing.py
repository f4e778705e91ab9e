# Class weights, ignore_index and label_smoothing in F.cross_entropy / F.nll_loss / nn.CrossEntropyLoss /
# nn.NLLLoss (PyTorch's weighted mean divides by the weights of the targets), class-probability targets,
# their errors, and integer powers (an int tensor to a negative int power is PyTorch's RuntimeError).
import torch
import torch.nn.functional as F
from torch import nn
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 2.0], [0.3, 0.2, 0.1], [2.0, 1.0, -1.0]], requires_grad=True)
y = torch.tensor([0, 2, 1, 2])
w = torch.tensor([1.0, 2.0, 0.5])
for red in ["mean", "sum", "none"]:
    l = F.cross_entropy(x, y, weight=w, reduction=red)
    print(red, l)
l = F.cross_entropy(x, y, weight=w)
l.backward()
print(x.grad)
print(F.nll_loss(F.log_softmax(x, 1), y, weight=w))
print(nn.CrossEntropyLoss(weight=w)(x, y), nn.NLLLoss(weight=w, reduction="sum")(F.log_softmax(x, 1), y))
print(F.cross_entropy(x, torch.tensor([0, -100, 1, 2])))
print(F.cross_entropy(x, torch.tensor([0, 1, 1, 2]), ignore_index=1))
print(F.cross_entropy(x, torch.tensor([0, 1, 1, 2]), ignore_index=1, reduction="none"))
print(F.cross_entropy(x, torch.tensor([0, 1, 1, 2]), weight=w, ignore_index=1))
print(F.cross_entropy(x, y, label_smoothing=0.1))
print(F.cross_entropy(x, y, weight=w, label_smoothing=0.2))
print(F.cross_entropy(x, torch.tensor([0, 1, 1, 2]), weight=w, label_smoothing=0.2, ignore_index=1, reduction="none"))
print(F.cross_entropy(x, torch.tensor([0, 1, 1, 2]), label_smoothing=0.2, ignore_index=1))
print(nn.CrossEntropyLoss(label_smoothing=0.1, ignore_index=0)(x, y))
print(F.cross_entropy(x[0], y[0], weight=w))
print(F.cross_entropy(x, torch.tensor([1, 1, 1, 1]), ignore_index=1))
print(F.nll_loss(x, y, weight=w, reduction="none"))
p = torch.tensor([[0.5, 0.5, 0.0], [0.1, 0.2, 0.7], [1.0, 0.0, 0.0], [0.2, 0.3, 0.5]])
print(F.cross_entropy(x, p), F.cross_entropy(x, p, weight=w), F.cross_entropy(x, p, label_smoothing=0.1, reduction="sum"))
print(nn.CrossEntropyLoss(weight=w))
for bad in [lambda: F.cross_entropy(x, y, weight=torch.ones(2)), lambda: F.cross_entropy(x, y, label_smoothing=1.5),
            lambda: F.nll_loss(x, y, weight=torch.ones(2, 3))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(torch.tensor([2, 4]) ** 2, torch.tensor([2, 4]) ** 0, torch.tensor([2.0, 4.0]) ** -1, torch.tensor([2, 4]) ** -1.0, 2 ** torch.tensor([1, 2]))
torch.tensor([1, 2, 3]) ** -1
