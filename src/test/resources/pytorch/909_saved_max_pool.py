# MaxPool2DWithIndicesBackward0's saved values as PyTorch 1.13 shows them: the input, the indices (result1,
# the ones return_indices gives, freed by backward), kernel_size, padding, dilation, ceil_mode, and the
# stride as the call gave it (() when None: the node keeps the argument, so F.max_pool2d(x, 2) shows ()
# while nn.MaxPool2d(2), which passes its stride, shows (2, 2))
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(1, 2, 5, 5, requires_grad=True)
for label, y in [('max_pool2d', F.max_pool2d(x, 2)), ('stride', F.max_pool2d(x, 2, 1)), ('all', F.max_pool2d(x, (3, 2), (2, 1), 1, 1, True)),
                 ('module', nn.MaxPool2d(2)(x)), ('indices', F.max_pool2d(x, 2, return_indices=True)[0]), ('unbatched', F.max_pool2d(x[0], 3, padding=1))]:
    g = y.grad_fn
    print(label, type(g).__name__)
    for n in sorted(n for n in dir(g) if n.startswith('_saved_')):
        v = getattr(g, n)
        print('   ', n, ('tensor %s %s %s' % (tuple(v.shape), v.dtype, v.flatten().tolist()[:6])) if isinstance(v, torch.Tensor) else repr(v))
y, i = F.max_pool2d(x, 2, return_indices=True)
print(y.grad_fn._saved_result1.tolist() == i.tolist(), y.grad_fn._saved_self is x)
y.sum().backward()
try:
    y.grad_fn._saved_result1
except RuntimeError as e:
    print('RuntimeError:', str(e)[:50])
print(y.grad_fn._saved_kernel_size)
