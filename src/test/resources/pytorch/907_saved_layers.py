# The saved values of the layers' nodes as PyTorch 1.13 shows them: ConvolutionBackward0's input, weight,
# stride, padding, dilation, groups (tuples per spatial axis), transposed, output_padding and the bias's
# sizes ((0,) without one), for conv1d and conv2d; NativeBatchNormBackward0's eps, training, weight,
# running statistics (the module's buffers themselves) and the batch's mean and inverse std (result1,
# result2; empty in eval mode); EmbeddingBackward0's indices, padding_idx (-1: none, as its unsigned
# value) and weight; dropout's MulBackward0 (its mask as other)
import torch
import torch.nn as nn
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
torch.manual_seed(0)
x = torch.randn(1, 2, 5, 5, requires_grad=True)
w = torch.randn(3, 2, 3, 3, requires_grad=True)
bias = torch.randn(3, requires_grad=True)
x1 = torch.randn(2, 2, 7, requires_grad=True)
w1 = torch.randn(4, 1, 3, requires_grad=True)
def sizes(label, y, **named):
    g = y.grad_fn
    print(label, type(g).__name__)
    for n in sorted(n for n in dir(g) if n.startswith('_saved_')):
        v = getattr(g, n)
        same = [k for k, t in named.items() if t is v]
        print('   ', n, ('tensor %s%s' % (tuple(v.shape), ' is ' + same[0] if same else '')) if isinstance(v, torch.Tensor) else repr(v))
for label, y in [('conv2d', F.conv2d(x, w, bias, padding=1)), ('conv2d stride', F.conv2d(x, w, stride=2)),
                 ('conv2d dilation', F.conv2d(x, w, bias, stride=(1, 2), padding=(2, 0), dilation=2)),
                 ('conv1d groups', F.conv1d(x1, w1, groups=2, padding=1)), ('Conv2d module', nn.Conv2d(2, 4, 2)(x))]:
    sizes(label, y, x=x, w=w, bias=bias, x1=x1, w1=w1)
bn = nn.BatchNorm2d(2)
y = bn(x)
g = y.grad_fn
sizes('BatchNorm2d train', y, x=x, weight=bn.weight, running_mean=bn.running_mean, running_var=bn.running_var)
print(g._saved_eps, g._saved_training, g._saved_result1, g._saved_result2)
bn.eval()
g = bn(x).grad_fn
print(g._saved_training, g._saved_result1, g._saved_result2, g._saved_running_mean is bn.running_mean, g._saved_running_var)
g = F.batch_norm(x, None, None, training=True, eps=1e-3).grad_fn
print(g._saved_weight, g._saved_running_mean, g._saved_eps, g._saved_result1)
emb = nn.Embedding(5, 3)
idx = torch.tensor([[1, 4], [0, 1]])
show('embedding', emb(idx), idx=idx, weight=emb.weight)
show('embedding padding', F.embedding(idx, emb.weight, padding_idx=0), idx=idx, weight=emb.weight)
d = F.dropout(x, 0.5)
g = d.grad_fn
print(type(g).__name__, g._saved_self, g._saved_other.shape, g._saved_other.dtype, sorted(set(g._saved_other.flatten().tolist())))
