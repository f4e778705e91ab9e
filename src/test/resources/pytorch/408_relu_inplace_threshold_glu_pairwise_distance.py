# Findings #127 and #153 (checked against torch 1.13): F.relu(x, inplace=True), F.relu_, nn.ReLU(inplace=True) change x in place;
# torch.add(t, other=2); the grad_fn names of pow(number, t), fmod(t, number) and div(rounding_mode=); Python's floor of floats
# (1 // 0.1 is 9); F.threshold, F.glu, F.pairwise_distance and their layers, with gradients.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([-1., 2.], requires_grad=True)
y = x * 1
r = F.relu(y, inplace=True)
print(r is y)
y.sum().backward()
print(x.grad, y)
y2 = x * 1
F.relu_(y2)
print(y2)
w = torch.tensor([1., -2.], requires_grad=True)
z = w.exp()
F.relu(z, inplace=True)
try:
    z.sum().backward()
except RuntimeError as e:
    print(e)
try:
    F.relu_(w)
except RuntimeError as e:
    print(e)
v = torch.tensor([-3., 3.])
layer = torch.nn.ReLU(inplace=True)
print(layer, layer(v) is v, v, torch.relu_(torch.tensor([-1., 1.])))
t = torch.tensor([[1., 5., 2.], [7., 0., 3.]], requires_grad=True)
print(torch.add(t, other=2), torch.add(t, 2, alpha=3), torch.sub(t, other=1), torch.mul(t, other=2), torch.add(input=t, other=t))
print(torch.pow(2, t).grad_fn.name(), torch.fmod(t, 2).grad_fn.name(), torch.div(t, 2, rounding_mode='floor').grad_fn.name(),
      torch.div(t, 2, rounding_mode='trunc').grad_fn.name(), torch.div(t, t, rounding_mode='floor').grad_fn.name(), torch.fmod(t, t).grad_fn.name(),
      torch.remainder(t, 2).grad_fn.name(), torch.div(t, 2).grad_fn.name(), (2 ** t).grad_fn.name())
print([n[0] is None for n in torch.pow(2, t).grad_fn.next_functions], [n[0] is None for n in torch.fmod(t, 2).grad_fn.next_functions],
      [n[0] is None for n in torch.div(t, 2, rounding_mode='floor').grad_fn.next_functions], [n[0] is None for n in (2 ** t).grad_fn.next_functions])
f = torch.tensor([1., 2., -1., 7.], requires_grad=True)
print(torch.div(f, 0.1, rounding_mode='floor'), torch.div(f, 0.1, rounding_mode='trunc'), (f // 0.1).detach())
d = torch.div(f, 2, rounding_mode='floor')
d.sum().backward()
print(f.grad)
try:
    (f // 2).sum().backward()
except RuntimeError as e:
    print(e)
print(torch.tensor([7, -7]) // 2, torch.div(torch.tensor([7, -7]), 2, rounding_mode="trunc"), torch.tensor([2**40 + 1]) // 3)
print(torch.tensor([1.]) // 0., torch.tensor([-1.]) // 0., torch.tensor([0.]) // 0., torch.tensor([-0.5]) // 1)
print(F.threshold(t, 2, 0.0), F.threshold(t, 2., -1.), F.pairwise_distance(t, t + 1, p=2), F.pairwise_distance(t, t * 2, p=1, keepdim=True), F.pairwise_distance(t, t * 2))
print(F.glu(t.repeat(1, 2)), F.glu(torch.arange(8.).view(2, 4), dim=0))
y = F.threshold(t, 2, 0.5)
y.sum().backward()
print(t.grad)
t.grad = None
d = F.pairwise_distance(t, t * 2 + 1)
d.sum().backward()
print(t.grad, d.grad_fn.name())
t.grad = None
g = F.glu(t.repeat(1, 2))
g.sum().backward()
print(t.grad, g.grad_fn.name())
print(torch.nn.Threshold(1, 0)(t), torch.nn.GLU()(t.repeat(1, 2)), torch.nn.PairwiseDistance()(t, t + 1))
print(torch.nn.Threshold(1, 0), torch.nn.Threshold(0.5, -1.0, inplace=True), torch.nn.GLU(), torch.nn.GLU(dim=0), torch.nn.PairwiseDistance(), torch.nn.ReLU(inplace=True))
print(F.pairwise_distance(torch.tensor([1., 2.]), torch.tensor([0., 0.])), F.pairwise_distance(torch.tensor([[1., 2.]]), torch.tensor([0., 0.])))
try:
    F.glu(t)
except RuntimeError as e:
    print(e)
print(F.threshold(t, 2, 0.0).grad_fn.name(), [n[0] is None for n in F.threshold(t, 2, 0.0).grad_fn.next_functions])
q = torch.tensor([0.5, 3.])
F.threshold(q, 1., -2., inplace=True)
print(q, torch.autograd.gradcheck(lambda u: F.glu(u, 0), (torch.randn(4, 3, requires_grad=True),)))
