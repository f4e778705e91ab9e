# Checked against torch 1.13: the deprecated overloads add_(Number alpha, Tensor other) (older
# tutorials' manual SGD step) and its add/sub/torch.add/addcmul/addcdiv kin run, warning once a session at the
# first one's line (caught with warnings.catch_warnings(record=True)); in-place
# arithmetic on a view with a shape that does not broadcast has PyTorch's message (NumPy's a /= 2
# names its ufunc 'divide', as NumPy 1.24); __class__ of
# a tensor, a Parameter and a dtype; divmod of a tensor is refused as in PyTorch.
import warnings
import numpy as np
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)

torch.manual_seed(0)
lin = nn.Linear(2, 1)
loss = ((lin(torch.tensor([[1., 2.]])) - 1) ** 2).mean()
loss.backward()
with warnings.catch_warnings(record=True) as caught:
    for p in lin.parameters():
        p.data.add_(-0.1, p.grad)
    torch.ones(1).sub_(1, torch.ones(1))
print([(w.category.__name__, w.lineno, str(w.message)) for w in caught])
print([round(v, 6) for v in lin.weight.flatten().tolist()], [round(v, 6) for v in lin.bias.tolist()])
t = torch.ones(2)
g = torch.tensor([1., 2.])
print(t.add_(-0.5, g), t.add(2, g), torch.add(t, 2, g), t.sub_(2, g), t.sub(1, g), torch.sub(t, 1, g), t.add_(2, 3))
print(torch.ones(2).addcmul_(2, g, g), t.addcmul(2, g, g), torch.addcmul(t, 2, g, g), torch.ones(2).addcdiv_(2, g, g), torch.addcdiv(t, 0.5, g, g))
for bad in [lambda: torch.tensor([1, 2]).add_(2.5, torch.tensor([1, 2])), lambda: torch.ones(3).add_(torch.ones(2)),
            lambda: torch.ones(2, 3)[0].add_(torch.ones(2)), lambda: torch.ones(3).copy_(torch.ones(2)),
            lambda: torch.ones(3).mul_(torch.ones(2, 3))]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
a = torch.ones(2, 3)
try:
    a[0] += torch.ones(2)
except RuntimeError as e:
    print("RuntimeError:", e)
a[1] *= torch.tensor([1., 2., 3.])
n = np.arange(3)
try:
    n /= 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(a)
x = torch.ones(1)
print(x.__class__, x.__class__.__name__, nn.Parameter(x).__class__, torch.float64.__class__, torch.Size([2]).__class__)
print(type(x) is x.__class__, isinstance(x, x.__class__), lin.__class__.__name__, isinstance(torch.int64, torch.dtype), type(torch.bool) is torch.dtype)
for args in [(torch.tensor(7), 2), (7, torch.tensor(2))]:
    try:
        divmod(*args)
    except TypeError as e:
        print("TypeError:", e)
