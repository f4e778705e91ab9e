# Finding #139 (rest), checked against torch 1.13: nll_loss/cross_entropy check the input's dimensions
# and batch size first, as ValueErrors (a 0-d target's batch size is 0), then the target's shape and
# type as RuntimeErrors; F.one_hot's checks (empty input, negative class values, num_classes too small,
# a non-index input) in PyTorch's words and order.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
L = torch.long
x = torch.arange(15.).view(3, 5) / 10
t(lambda: F.nll_loss(x, torch.tensor([1, 2])))
t(lambda: F.cross_entropy(x, torch.tensor([1, 2])))
t(lambda: nn.NLLLoss()(x, torch.tensor([1, 2])))
t(lambda: nn.CrossEntropyLoss()(x, torch.tensor([1, 2])))
t(lambda: F.cross_entropy(x, torch.tensor([1, 2]), label_smoothing=0.1))
t(lambda: F.nll_loss(x, torch.tensor(1)))
t(lambda: F.nll_loss(x, torch.zeros(2, 2, dtype=L)))
t(lambda: F.nll_loss(x, torch.zeros(3, 2, dtype=L)))
t(lambda: F.nll_loss(x, torch.tensor([1., 2.])))
t(lambda: F.nll_loss(x, torch.zeros(3, 2)))
t(lambda: F.nll_loss(x, torch.tensor([1., 0., 0.])))
t(lambda: F.cross_entropy(x, torch.zeros(2, 5)))
t(lambda: F.cross_entropy(x.view(3, 5, 1).expand(3, 5, 2), torch.tensor([[1, 2]])))
t(lambda: F.nll_loss(x.view(3, 5, 1).expand(3, 5, 2), torch.zeros(3, 3, dtype=L)))
t(lambda: F.nll_loss(x.view(3, 5, 1).expand(3, 5, 2), torch.zeros(2, dtype=L)))
t(lambda: F.nll_loss(x.view(3, 5, 1).expand(3, 5, 2), torch.zeros(3, dtype=L)))
t(lambda: F.nll_loss(x[0], torch.tensor([1, 2])))
t(lambda: F.nll_loss(x[0], torch.tensor(1)))
t(lambda: F.nll_loss(x[0], torch.zeros(2, 2, dtype=L)))
t(lambda: F.nll_loss(torch.tensor(1.), torch.tensor(1.)))
t(lambda: F.one_hot(torch.tensor([1, 5]), num_classes=3))
t(lambda: F.one_hot(torch.tensor([1, -1])))
t(lambda: F.one_hot(torch.tensor([1, -1]), 3))
t(lambda: F.one_hot(torch.tensor([1., 2.])))
t(lambda: F.one_hot(torch.tensor([True, False])))
t(lambda: F.one_hot(torch.tensor([], dtype=L)))
t(lambda: F.one_hot(torch.tensor([], dtype=L), -2))
t(lambda: F.one_hot(torch.tensor([], dtype=L), 3))
t(lambda: F.one_hot(torch.tensor([1, 2]), 0))
t(lambda: F.one_hot(torch.tensor([1, 2]), -2))
t(lambda: F.one_hot(torch.tensor([1, 2]), -1))
t(lambda: F.one_hot(torch.tensor(2), 3))
t(lambda: F.one_hot(torch.tensor([[0, 2]]), 3))
t(lambda: F.one_hot(torch.tensor([1, 2]), 2.0))
t(lambda: F.one_hot([1, 2], 3))
