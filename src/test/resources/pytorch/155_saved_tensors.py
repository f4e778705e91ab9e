# grad_fn._saved_self / _saved_other / _saved_result, as the autograd mechanics notes show them
# ("Saved tensors"): an input saved is the same tensor object; an output saved is an equal tensor
# (another object in PyTorch, the tensor itself in adjoint: `is` is left out for it here).
import torch
torch.set_default_dtype(torch.float64)

x = torch.randn(5, requires_grad=True)
y = x.pow(2)
print(x.equal(y.grad_fn._saved_self), x is y.grad_fn._saved_self)
y = x.exp()
print(y.equal(y.grad_fn._saved_result))
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
m = a * b
print(m.grad_fn._saved_self is a, m.grad_fn._saved_other is b)
print(m.grad_fn._saved_other)
t = torch.tanh(a)
print(t.grad_fn._saved_result, t.grad_fn._saved_result.grad_fn.name())
s = a.sin()
print(s.grad_fn._saved_self is a)
try:
    (a + b).grad_fn._saved_self
except AttributeError as e:
    print(e)
z = (a * b).sum()
z.backward()
try:
    m2 = a * b
    m2.sum().backward()
    m2.grad_fn._saved_self
except RuntimeError as e:
    print(str(e)[:60])
