# Old tutorials' names (the 2017 "Learning PyTorch with examples" and Variable-era blog posts):
# torch.autograd.Variable (since 0.4 a tensor detached from its data's graph, requires_grad set),
# the typed constructors torch.FloatTensor/DoubleTensor/LongTensor from data or sizes, x.type(T),
# and F.softmax/F.log_softmax/nn.Softmax() without dim: PyTorch's deprecation UserWarning and its
# implicit dim (_get_softmax_dim: 0 for 0-, 1- and 3-dim inputs, else 1). FloatTensor makes
# float32 in PyTorch; adjoint computes float32 in float64, so this program keeps PyTorch's float32
# default and prints only values float32 holds exactly.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable

x = Variable(torch.FloatTensor([1.5, -2.0, 0.25]), requires_grad=True)
print(x, x.requires_grad, x.is_leaf, isinstance(x, Variable), isinstance(x, torch.Tensor), Variable.__name__)
y = (x * x).sum()
y.backward()
print(x.grad, Variable(torch.ones(2)).requires_grad, Variable(x).requires_grad, Variable(x) is x)
base = torch.ones(3)
alias = Variable(base)
base.add_(1)
print(alias, Variable().shape)
print(torch.FloatTensor([[1, 2], [3, 4]]), torch.FloatTensor(2, 3).shape, torch.FloatTensor(torch.Size([4])).shape, torch.FloatTensor().shape)
print(torch.LongTensor([1.7, -2.5, 3]), torch.LongTensor(2, 2).dtype, torch.LongTensor([True, False]), torch.FloatTensor((1, 2)))
print(torch.DoubleTensor([0.5]).requires_grad, torch.LongTensor([3]).type(), torch.FloatTensor, torch.LongTensor.__name__)
print(torch.tensor([1.5, -2.5]).type(torch.LongTensor), isinstance(torch.tensor([1, 2]), torch.LongTensor), isinstance(torch.tensor([1.]), torch.LongTensor))
for make in [lambda: torch.FloatTensor([1], requires_grad=True), lambda: Variable([1, 2]), lambda: torch.LongTensor(torch.tensor([1.], dtype=torch.float64)),
             lambda: torch.FloatTensor(2, 3.5), lambda: torch.FloatTensor([[1, 2], [3]]), lambda: torch.FloatTensor('ab'), lambda: torch.FloatTensor(-1),
             lambda: torch.LongTensor([1, 2], dtype=torch.float), lambda: Variable(torch.tensor([1, 2]), requires_grad=True)]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)

torch.set_default_dtype(torch.float64)
m = torch.tensor([[1., 2., 0.5], [3., 4., -1.]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(F.softmax(m), F.log_softmax(m[0]), F.softmax(m, None), F.softmax(m, dim=0))
    print(nn.Softmax()(m), nn.LogSoftmax()(m.unsqueeze(0)), nn.Softmax(dim=-1)(m))
    print(nn.Softmax(), nn.Softmax(1), F.softmax(m, dtype=torch.float64).sum(1))
for w in caught:
    print(w.category.__name__, w.message)
print(torch.softmax(m, 0).sum(0))
try:
    m.softmax()
except TypeError as e:
    print("TypeError", str(e)[:40])
for call in [lambda: torch.softmax(m), lambda: m.log_softmax(), lambda: torch.log_softmax(m, dtype=torch.float64)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
