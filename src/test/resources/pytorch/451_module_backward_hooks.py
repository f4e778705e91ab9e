# Finding #123's rest (Autograd mechanics, "Backward hooks execution"; PyTorch's forward and backward
# hooks tutorial), checked against torch 1.13: Module.register_full_backward_hook(fn) calls
# fn(module, grad_input, grad_output) when the gradient reaches the module's input (a tuple returned
# replaces grad_input); the call's tensors pass through BackwardHookFunctionBackward nodes;
# register_backward_hook (the old kind) hooks the output's grad_fn, with 1.13's deprecation warning;
# the two kinds do not mix; handle.remove(); the order of forward pre-hooks, forward hooks and
# backward hooks over a Sequential and its layers.
import torch
from torch import nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
m = nn.Linear(3, 2)
def bh(module, grad_input, grad_output):
    print('bw hook', type(module).__name__, [None if g is None else tuple(g.shape) for g in grad_input], [tuple(g.shape) for g in grad_output])
h = m.register_full_backward_hook(bh)
print(type(h).__name__)
x = torch.randn(4, 3, requires_grad=True)
y = m(x)
print(y.grad_fn.name(), y.grad_fn.next_functions[0][0].name())
y.sum().backward()
m(torch.randn(4, 3)).sum().backward()
h.remove()
m(x).sum().backward()
print('removed', m(x).grad_fn.name())

def rep(module, gi, go):
    print('gi', gi, 'go', go)
    return (gi[0] * 0,)
t = nn.Tanh()
t.register_full_backward_hook(rep)
x = torch.tensor([0.5, 1.0], requires_grad=True)
t(x).sum().backward()
print(x.grad)

seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
for i, mod in enumerate(seq):
    mod.register_full_backward_hook(lambda mod, gi, go, i=i: print('layer', i, type(mod).__name__, gi, go))
seq.register_full_backward_hook(lambda mod, gi, go: print('seq', gi, go))
seq.register_forward_hook(lambda mod, i, o: print('fwd', o))
seq.register_forward_pre_hook(lambda mod, i: print('pre', i))
x = torch.tensor([[1., -2.]], requires_grad=True)
seq(x).sum().backward()
print(x.grad)
with torch.no_grad():
    print(seq(x))

class Two(nn.Module):
    def forward(self, a, mask, k=1):
        return a * mask * k, a.sum()
two = Two()
two.register_full_backward_hook(lambda m, gi, go: print('two', gi, go))
a = torch.tensor([1., 2.], requires_grad=True)
o1, o2 = two(a, torch.tensor([3., 4.]), 2)
print(o1.grad_fn.name(), o2.grad_fn.name())
o1.sum().backward()
o1, o2 = two(a, torch.tensor([3., 4.]), 2)
(o1.sum() + o2).backward()
print(a.grad)
for ret in [lambda m, gi, go: (None, torch.ones(2)), lambda m, gi, go: (None,), lambda m, gi, go: (gi[0] * 3, None), lambda m, gi, go: 5,
            lambda m, gi, go: (torch.ones(3), None), lambda m, gi, go: [gi[0] * 2, None]]:
    t2 = Two()
    t2.register_full_backward_hook(ret)
    a.grad = None
    try:
        t2(a, torch.tensor([3., 4.]))[0].sum().backward()
        print('ok', a.grad)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

l = nn.Linear(2, 2)
l.register_full_backward_hook(lambda m, gi, go: print('no input grad', gi, [tuple(g.shape) for g in go]) or (torch.ones(1),))
try:
    l(torch.ones(1, 2)).sum().backward()
except RuntimeError as e:
    print(e)

# the old kind
old = nn.Linear(2, 2)
old.register_backward_hook(lambda mod, gi, go: print('old', [None if g is None else tuple(g.shape) for g in gi], [tuple(g.shape) for g in go]))
old(torch.randn(3, 2, requires_grad=True)).sum().backward()
try:
    old.register_full_backward_hook(lambda mod, gi, go: None)
except RuntimeError as e:
    print(e)
try:
    m.register_backward_hook(lambda mod, gi, go: None)
except RuntimeError as e:
    print(e)
r = nn.Tanh()
r.register_backward_hook(lambda m, gi, go: print('tanh old', gi, go) or (gi[0] * 10,))
hid = torch.tensor([0.5], requires_grad=True)
r(hid * 2).sum().backward()
print(hid.grad)
