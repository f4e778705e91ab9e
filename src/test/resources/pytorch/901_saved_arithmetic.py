# The saved values of the arithmetic nodes as PyTorch 1.13 shows them (derivatives.yaml's names):
# AddBackward0/SubBackward0/RsubBackward1's _saved_alpha (an int or a float as given), MulBackward0's
# and DivBackward0's operands (a Python number as a 0-d tensor), PowBackward0's _saved_exponent (int or
# float), PowBackward1's exponent and result; dir() lists them (its _raw_saved_ entries are left out:
# adjoint has no SavedTensor objects)
import torch
torch.set_default_dtype(torch.float64)
def show(label, y, **named):
    g = y.grad_fn
    print(label, type(g).__name__)
    for n in sorted(n for n in dir(g) if n.startswith('_saved_')):
        v = getattr(g, n)
        if isinstance(v, torch.Tensor):
            same = [k for k, t in named.items() if t is v]
            d = 'tensor %s %s %s%s' % (tuple(v.shape), str(v.dtype), [round(x, 4) for x in v.flatten().tolist()], ' is ' + same[0] if same else '')
        elif isinstance(v, tuple) and any(isinstance(t, torch.Tensor) for t in v):
            d = 'tuple of tensors %s' % [t.tolist() for t in v]
        else:
            d = '%s %r' % (type(v).__name__, v)
        print('   ', n, d)
a = torch.tensor([[0.5, 1.5, 2.0], [1.0, 3.0, 0.25]], requires_grad=True)
b = torch.tensor([[2.0, 1.0, 0.5], [4.0, 2.0, 1.0]], requires_grad=True)
c = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
for label, y in [('add', a + b), ('add alpha int', torch.add(a, b, alpha=2)), ('add alpha float', a.add(b, alpha=0.5)),
                 ('add alpha negative', torch.add(a, b, alpha=-1)), ('add number', a + 2), ('radd', 2.5 + a),
                 ('sub', a - b), ('sub alpha', a.sub(b, alpha=3)), ('sub number', a - 1), ('rsub', 1 - a),
                 ('mul', a * b), ('mul const', a * c), ('mul number', a * 3), ('mul float', a * 0.5), ('neg', -a),
                 ('div', a / b), ('div number', a / 4), ('rdiv', 2 / a), ('pow int', a ** 3), ('pow float', a ** 2.5),
                 ('pow negative', a.pow(-2)), ('pow float int', a ** 2.0), ('torch.pow', torch.pow(a, 2)), ('pow tensor', a ** b),
                 ('pow number base', 2 ** a), ('square', a.square()), ('sqrt', a.sqrt()), ('reciprocal', a.reciprocal())]:
    show(label, y, a=a, b=b, c=c)
y = a * b
print(y.grad_fn._saved_self is a, y.grad_fn._saved_other is b)
