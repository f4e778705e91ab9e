# The saved values of softmax and the losses as PyTorch 1.13 shows them: SoftmaxBackward0's and
# LogSoftmaxBackward0's dim and result, NllLossBackward0's input, target, weight (None when not given),
# total_weight (0 for reduction='none'), ignore_index (the default -100 as its unsigned 64-bit value)
# and reduction (an int: none 0, mean 1, sum 2), cross_entropy's NllLossBackward0 over LogSoftmaxBackward0,
# MseLossBackward0's, HuberLossBackward0's delta and SmoothL1LossBackward0's beta (a saved result is not
# compared by identity: PyTorch gives an equal tensor, adjoint the output itself)
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
t = torch.tensor([2, 0])
w = torch.tensor([1.0, 2.0, 0.5])
lp = F.log_softmax(a, dim=1)
for label, y in [('softmax', a.softmax(1)), ('softmax dim 0', torch.softmax(a, dim=0)), ('log_softmax', lp),
                 ('nll', F.nll_loss(lp, t)), ('nll sum', F.nll_loss(lp, t, reduction='sum')), ('nll none', F.nll_loss(lp, t, reduction='none')),
                 ('nll weight', F.nll_loss(lp, t, weight=w)), ('nll ignore', F.nll_loss(lp, t, ignore_index=0)),
                 ('cross_entropy', F.cross_entropy(a, t)), ('mse', F.mse_loss(a, b)), ('mse sum', F.mse_loss(a, b, reduction='sum')),
                 ('mse none', F.mse_loss(a, b.detach(), reduction='none')), ('huber', F.huber_loss(a, b, delta=0.5)),
                 ('smooth_l1', F.smooth_l1_loss(a, b, beta=2.0))]:
    show(label, y, a=a, b=b, t=t, w=w)
g = F.nll_loss(lp, t, weight=w).grad_fn
print(g._saved_target is t, g._saved_weight is w, g._saved_self is lp, g.next_functions[0][0] is lp.grad_fn)
g = F.cross_entropy(a, t).grad_fn
print(g.next_functions[0][0].name(), g.next_functions[0][0]._saved_dim, g._saved_target is t)
