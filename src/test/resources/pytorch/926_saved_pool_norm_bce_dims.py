# Saved values PyTorch 1.13 shows that adjoint lacked: AvgPool2DBackward0's options (stride () when
# None was given, divisor_override None or an int), NormBackward1's p (as given: an int, a float,
# None), dim (as given, a negative one as its unsigned 64-bit value; () for the default Frobenius
# norm of everything, every dim for another p) and keepdim, BinaryCrossEntropyBackward0's weight
# (None, or the weight expanded to the target's size: a new tensor), and TransposeBackward0's dims
# as given (x.mT's -2 and -1)
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def saved(label, y):
    n = y.grad_fn
    out = []
    for k in sorted(k for k in dir(n) if k.startswith('_saved_')):
        v = getattr(n, k)
        if isinstance(v, torch.Tensor):
            d = 'tensor%s %s' % (tuple(v.shape), [round(x, 4) for x in v.flatten().tolist()])
        else:
            d = '%s %r' % (type(v).__name__, v)
        out.append('%s=%s' % (k[7:], d))
    print(label, type(n).__name__, ' '.join(out))
x = torch.arange(32.).reshape(1, 2, 4, 4).requires_grad_()
saved('avg_pool2d', F.avg_pool2d(x, 2))
saved('avg_pool2d options', F.avg_pool2d(x, 3, stride=1, padding=1, ceil_mode=True, count_include_pad=False, divisor_override=2))
saved('avg_pool2d pairs', F.avg_pool2d(x, (2, 1), stride=(1, 2)))
saved('AvgPool2d module', torch.nn.AvgPool2d(2)(x))
v = torch.arange(12.).reshape(3, 4).requires_grad_()
for label, y in [('norm()', v.norm()), ('norm(p=2)', v.norm(p=2)), ('norm(p=2.0)', v.norm(p=2.0)), ('norm(2.5)', v.norm(2.5)),
                 ("norm('fro', dim=1)", v.norm(p='fro', dim=1)), ('norm(inf)', v.norm(p=float('inf'))), ('norm(p=0)', v.norm(p=0)),
                 ('norm(p=None)', v.norm(p=None)), ('norm(dim=[1])', v.norm(dim=[1])), ('norm(3, [-1, 0])', v.norm(3, [-1, 0])),
                 ('norm(1, 1, True)', v.norm(1, 1, True)), ('torch.norm(v, 3, -2)', torch.norm(v, 3, -2))]:
    saved(label, y)
p = torch.tensor([[0.2, 0.7, 0.9]], requires_grad=True)
t = torch.tensor([[0., 1., 1.]])
w = torch.tensor([1., 2., 0.5])
saved('bce', F.binary_cross_entropy(p, t))
saved('bce weight', F.binary_cross_entropy(p, t, weight=w))
saved('bce weight sum', F.binary_cross_entropy(p, t, weight=w, reduction='sum'))
g = F.binary_cross_entropy(p, t, weight=w).grad_fn
print('saved weight is w:', g._saved_weight is w, tuple(g._saved_weight.shape))
print('BCELoss module', type(torch.nn.BCELoss(weight=w)(p, t).grad_fn).__name__)
a = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
for label, y in [('mT', a.mT), ('transpose(-2, -1)', a.transpose(-2, -1)), ('transpose(0, -1)', a.transpose(0, -1)),
                 ('swapaxes(1, -3)', a.swapaxes(1, -3)), ('transpose(2, 1)', a.transpose(2, 1))]:
    saved(label, y)
