# The saved values of the pointwise and reduction nodes as PyTorch 1.13 shows them: the result
# (ReluBackward0, SigmoidBackward0, TanhBackward0, ExpBackward0, SqrtBackward0) or the input (LogBackward0,
# SinBackward0, AbsBackward0), LeakyReluBackward0's negative_slope, GeluBackward0's approximate,
# WhereBackward0's condition; SumBackward0/MeanBackward0's sizes (and count), SumBackward1/MeanBackward1's
# dims (a tuple) and keepdim, AmaxBackward0's, LogsumexpBackward0's, VarBackward0/StdBackward0's correction
# and dim (None when not given), MaxBackward0's/MinBackward0's dim, indices (the ones max(dim) returns),
# keepdim and sizes, ClampBackward1's min and max as given (an int or a float, None when absent) and
# clamp_min's ClampMinBackward0 / clamp_max's ClampMaxBackward0
import torch
import torch.nn.functional as F
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
a = torch.tensor([[0.5, -1.5, 2.0], [1.0, 3.0, -0.25]], requires_grad=True)
b = torch.tensor([[2.0, 1.0, 0.5], [4.0, 2.0, 1.0]], requires_grad=True)
for label, y in [('relu', a.relu()), ('sigmoid', torch.sigmoid(a)), ('tanh', a.tanh()), ('exp', a.exp()), ('log', b.log()),
                 ('sqrt', b.sqrt()), ('abs', a.abs()), ('sin', a.sin()), ('cos', a.cos()), ('leaky_relu', F.leaky_relu(a)),
                 ('leaky_relu 0.2', F.leaky_relu(a, 0.2)), ('gelu', F.gelu(a)), ('gelu tanh', F.gelu(a, approximate='tanh')),
                 ('where', torch.where(a > 0, a, b)),
                 ('sum', a.sum()), ('sum dim', a.sum(1)), ('sum dims keepdim', a.sum((0, 1), keepdim=True)), ('sum dim 0', torch.sum(a, dim=0)),
                 ('mean', a.mean()), ('mean dim', a.mean(0)), ('mean keepdim', a.mean(1, keepdim=True)),
                 ('max', a.max()), ('amax', a.amax(1)), ('amax keepdim', torch.amax(a, 0, keepdim=True)),
                 ('logsumexp', a.logsumexp(1)), ('var', a.var()), ('var dim', a.var(1)), ('std', a.std(0, keepdim=True)),
                 ('var unbiased False', a.var(1, unbiased=False)), ('max dim', a.max(1).values), ('min dim keepdim', a.min(0, keepdim=True)[0]),
                 ('torch.max dim', torch.max(a, dim=1)[0])]:
    show(label, y, a=a, b=b)
y = a.sum(1)
y.sum().backward()
print(y.grad_fn._saved_dim, y.grad_fn._saved_self_sym_sizes, a.grad)
m = a.max(1)
print(m.values.grad_fn._saved_indices is m.indices, m.values.grad_fn._saved_indices.tolist() == m.indices.tolist())
for label, y in [('clamp min=0', a.clamp(min=0)), ('clamp min=0.5', a.clamp(min=0.5)), ('clamp max', a.clamp(max=1)),
                 ('clamp both', torch.clamp(a, -1, 1.5)), ('clamp None', torch.clamp(a, None, 2)), ('clamp_min', a.clamp_min(0)),
                 ('clamp_max', a.clamp_max(1.5)), ('clip', a.clip(-0.5, 0.5))]:
    show(label, y, a=a, b=b)
