# Findings #150 and #101 (Autograd mechanics, "Inference Mode"), and #138's jacobian grad_fn, checked
# against torch 1.13: tensors made under torch.inference_mode() are inference tensors (is_inference(),
# views and detach() of them too); afterwards a recorded op may not save one, an in-place update of
# one fails (after the update, as 1.13 checks it), and requires_grad=True is refused;
# inference_mode(False) inside turns both modes back; the decorator form; is_inference_mode_enabled.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.ones(3, requires_grad=True)
print(torch.is_inference_mode_enabled(), x.is_inference())
with torch.inference_mode():
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    y = torch.ones(3) * 2
    z = x * 2
    print(y.is_inference(), z.is_inference(), z.requires_grad, z)
    y.add_(1)
    print(y)
    x.add_(1)
    with torch.inference_mode(False):
        print('inner', torch.is_inference_mode_enabled(), torch.is_grad_enabled())
        q = torch.ones(2)
        print(q.is_inference())
    print(torch.is_inference_mode_enabled())
print(torch.is_inference_mode_enabled(), torch.is_grad_enabled(), x, y.is_inference(), z.is_inference())
try:
    (x * y).sum().backward()
    print('ok', x.grad)
except RuntimeError as e:
    print('RE', e)
try:
    y.add_(1)
except RuntimeError as e:
    print('RE2', e, y)
for f in [lambda: y.requires_grad_(), lambda: setattr(y, 'requires_grad', True)]:
    try:
        f()
    except RuntimeError as e:
        print('RE3', e)
print(y + 1, (y + 1).is_inference(), y.clone().is_inference(), y.detach().is_inference(), y.view(3).is_inference(), y[1:].is_inference())
w = torch.ones(3, requires_grad=True)
(w + y).sum().backward()
print('add ok', w.grad)
for f in [lambda: y.zero_(), lambda: y.__setitem__(0, 7.), lambda: y.mul_(2), lambda: y.copy_(torch.ones(3)),
          lambda: torch.exp(torch.ones(3), out=y)]:
    try:
        f()
    except RuntimeError as e:
        print('RE', str(e)[:40], y)
c = y.clone()
c.add_(1)
c.requires_grad_()
print(c, c.is_inference())

@torch.inference_mode()
def f(a):
    return a * 2, torch.is_inference_mode_enabled()
out, mode = f(x)
print(out, mode, out.is_inference(), torch.is_inference_mode_enabled())
with torch.no_grad():
    print(torch.is_inference_mode_enabled(), (x * 2).is_inference())
m = torch.nn.Linear(3, 1)
with torch.inference_mode():
    out = m(torch.ones(1, 3))
print(out, out.is_inference(), out.requires_grad)
try:
    torch.nn.Linear(1, 1)(out)
except RuntimeError as e:
    print('RE4', e)

# #138: jacobian(create_graph=True) ends with a view, as torch.autograd.functional's does
from torch.autograd.functional import jacobian
xx = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
print(jacobian(lambda a: a ** 2, xx.detach(), create_graph=True).grad_fn.name())
print(torch.autograd.gradgradcheck(lambda a: (a * a.sin()).tanh(), (xx,)))
