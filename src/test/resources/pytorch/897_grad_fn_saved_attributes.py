# A backward node's saved-tensor attributes as "Autograd mechanics" shows them: MulBackward0 and
# DivBackward0 have _saved_self and _saved_other whether or not they saved them (None when the other
# operand needs no gradient), dir() lists the node's _saved_ attributes, reading one after backward
# frees it (PyTorch's error), a name the node lacks (PyTorch's AttributeError); the saved non-tensors
# (_saved_exponent, _saved_self_sym_sizes) are not adjoint's, so dir() is read for the three tensor ones
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
a = torch.tensor([0.5, 1.5], requires_grad=True)
c = torch.tensor([2.0, 4.0])
for g in [(a * 3).grad_fn, (a * c).grad_fn, (c * a).grad_fn, (a * a).grad_fn, (a / c).grad_fn, (c / a).grad_fn,
          (a / 4).grad_fn, a.exp().grad_fn, a.pow(2).grad_fn, a.sin().grad_fn, a.sum().grad_fn]:
    print(type(g).__name__, [n for n in dir(g) if n in ('_saved_self', '_saved_other', '_saved_result')])
    for n in ['_saved_self', '_saved_other', '_saved_result']:
        if hasattr(g, n):
            v = getattr(g, n)
            print(' ', n, v, v is a, v is c)
y = a * c
print(y.grad_fn._saved_self is None, y.grad_fn._saved_other is c)
y.sum().backward()
print(a.grad, y.grad_fn._saved_self)
try:
    y.grad_fn._saved_other
except RuntimeError as e:
    print("RuntimeError:", e)
z = a.exp()
try:
    z.grad_fn._saved_self
except AttributeError as e:
    print("AttributeError:", e)
print(a.grad_fn, [n for n in dir((a * 2).grad_fn.next_functions[0][0]) if n.startswith('_saved')])
