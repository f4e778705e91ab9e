# Hook gaps, checked against torch 1.13: a tensor hook or node pre-hook returning None keeps the gradient;
# a module's full backward hook with several inputs that require grad runs once with all their gradients
# (zeros for an unused one and for a tensor that does not require grad, None for a non-tensor argument),
# and what it returns replaces them (None: no gradient for that input).
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
y.register_hook(lambda g: print("tensor hook", g))
y.register_hook(lambda g: None)
(y * y).sum().backward()
print(x.grad)
x.grad = None
y = x * 3
y.grad_fn.register_hook(lambda gi, go: print("node hook", gi, go))
y.grad_fn.register_prehook(lambda go: None)
y.sum().backward()
print(x.grad)
class Two(nn.Module):
    def forward(self, a, b):
        return a * b + a
m = Two()
def hook(mod, gin, gout):
    print("full", type(gin).__name__, len(gin), gin, gout)
m.register_full_backward_hook(hook)
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3., 4.], requires_grad=True)
m(a, b).sum().backward()
print(a.grad, b.grad)
a.grad = None
m(a, torch.tensor([3., 4.])).sum().backward()
print(a.grad)
def hook2(mod, gin, gout):
    return (gin[0] * 10, None)
h = m.register_full_backward_hook(hook2)
a.grad = None
b.grad = None
m(a, b).sum().backward()
print(a.grad, b.grad)
h.remove()
class Unused(nn.Module):
    def forward(self, a, b):
        return a * 2
u = Unused()
u.register_full_backward_hook(lambda mod, gi, go: print("unused", gi, go))
a.grad = None
b2 = torch.tensor([3.], requires_grad=True)
u(a, b2).sum().backward()
print(a.grad, b2.grad)
class WithNumber(nn.Module):
    def forward(self, a, k, b):
        print(type(a).__name__, a.grad_fn.name(), a._base is None, a.shape)
        return (a * b).sum() * k
n = WithNumber()
n.register_full_backward_hook(lambda mod, gi, go: print("gi", gi, "go", go))
a.grad = None
b.grad = None
n(a, 3, b).backward()
print(a.grad, b.grad)
n.register_full_backward_hook(lambda mod, gi, go: (None, None, gi[2] * 0 + 1))
a.grad = None
b.grad = None
n(a, 3, b).backward()
print(a.grad, b.grad)
class Lin2(nn.Module):
    def __init__(self):
        super().__init__()
        self.l = nn.Linear(2, 1)
    def forward(self, a, b):
        return self.l(a) + self.l(b), a - b
m2 = Lin2()
with torch.no_grad():
    m2.l.weight.fill_(0.5)
    m2.l.bias.fill_(0.1)
m2.register_full_backward_hook(lambda mod, gi, go: print("two outs", gi, go))
o1, o2 = m2(a, b)
(o1.sum() + o2.sum() * 2).backward()
o1, o2 = m2(a, b)
o1.sum().backward()
