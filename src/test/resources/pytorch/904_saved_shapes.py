# The saved values of the shape nodes as PyTorch 1.13 shows them: ViewBackward0 and ReshapeAliasBackward0
# (view, reshape, flatten) and ExpandBackward0 save the input's sizes, PermuteBackward0 its dims (.T too),
# TransposeBackward0 dim0 and dim1, TBackward0 nothing, UnsqueezeBackward0 its dim, SqueezeBackward1 its
# dim and the sizes, SqueezeBackward0 the sizes (dims given in range: 1.13 shows a negative one as
# its unsigned 64-bit value, which adjoint does not)
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
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.arange(24.0).reshape(2, 3, 4).requires_grad_()
for label, y in [('view', a.view(3, 2)), ('view -1', a.view(-1)), ('reshape', a.reshape(6)), ('flatten', x.flatten(1)),
                 ('permute', x.permute(2, 0, 1)), ('T', a.T), ('t', a.t()), ('transpose', x.transpose(0, 2)),
                 ('transpose same', a.transpose(1, 1)), ('expand', v.expand(2, 3)), ('expand_as', v.expand_as(a)),
                 ('unsqueeze', a.unsqueeze(1)), ('unsqueeze end', a.unsqueeze(2)), ('squeeze dim', a.unsqueeze(0).squeeze(0)),
                 ('squeeze', x[:1].squeeze()), ('squeeze no-op', a.squeeze(1)), ('reshape view', x.reshape(4, 6))]:
    show(label, y, a=a, v=v, x=x)
