# The saved values of indexing and joining as PyTorch 1.13 shows them: an index item by item, the node of
# the last item that selects or slices (SelectBackward0's dim, index and the sizes it was taken from,
# SliceBackward0's dim, start, end and step as given: an open end the largest int64, a negative start or
# index as its unsigned 64-bit value), CatBackward0's and StackBackward0's dim
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
a = torch.tensor([[0.5, -1.5, 2.0], [1.0, 3.0, -0.25]], requires_grad=True)
b = torch.tensor([[2.0, 1.0, 0.5], [4.0, 2.0, 1.0]], requires_grad=True)
x = torch.arange(24.0).reshape(2, 3, 4).requires_grad_()
for label, y in [('a[0]', a[0]), ('a[-1]', a[-1]), ('a[:, 1]', a[:, 1]), ('a[1:]', a[1:]), ('a[:, 1:3]', a[:, 1:3]),
                 ('a[:, ::2]', a[:, ::2]), ('a[:, 1:100]', a[:, 1:100]), ('a[:, -2:]', a[:, -2:]), ('a[:1]', a[:1]),
                 ('a[0, 1:3]', a[0, 1:3]), ('a[1:, 0]', a[1:, 0]), ('a[0:1, 0:2]', a[0:1, 0:2]), ('x[1, :, 2]', x[1, :, 2]),
                 ('x[:, 1:, ::3]', x[:, 1:, ::3]), ('x[..., 1]', x[..., 1]), ('select', a.select(1, 2)), ('narrow', x.narrow(2, 1, 2)),
                 ('cat', torch.cat([a, b])), ('cat dim 1', torch.cat([a, b], 1)), ('cat three', torch.cat((a, b, a), dim=0)),
                 ('stack', torch.stack([a, b])), ('stack dim 2', torch.stack([a, b], 2))]:
    show(label, y, a=a, b=b, x=x)
