# IndexBackward0's indices and self_sizes as PyTorch 1.13 saves them for a subscript of index tensors
# (and an Ellipsis): each index tensor itself (a list becomes a new int64 tensor, a bool mask stays a
# mask), None for each dim the Ellipsis spans; freed by backward like the other saved tensors
import torch
torch.set_default_dtype(torch.float64)
v = torch.arange(12.).reshape(3, 4).requires_grad_()
w = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
t = torch.tensor([0, 2])
m = torch.tensor([[True, False, True], [False, False, True]])
def show(label, y, *named):
    g = y.grad_fn
    out = []
    for i in g._saved_indices:
        if i is None:
            out.append('None')
        else:
            out.append('%s %s %s%s' % (str(i.dtype), tuple(i.shape), i.tolist(), ' is t' if i is t else ' is m' if i is m else ''))
    print(label, type(g).__name__, [type(n).__name__ for n, _ in g.next_functions], out, g._saved_self_sizes, tuple(y.shape))
show('v[[0, 2]]', v[[0, 2]])
show('v[t]', v[t])
show('v[t, t]', v[t, t])
show('v[v > 5]', v[v > 5])
show('v[..., t]', v[..., t])
show('v[[[0], [2]], [1, 3]]', v[[[0], [2]], [1, 3]])
show('w[m]', w[m])
show('w[..., t]', w[..., t])
show('w[t - t, ..., t]', w[t - t, ..., t])
print('w[torch.tensor(1)]', type(w[torch.tensor(1)].grad_fn).__name__)  # a 0-d index is an integer: select
y = v[t, t]
y.sum().backward()
print(v.grad.tolist())
try:
    y.grad_fn._saved_indices
except RuntimeError as e:
    print('RuntimeError', str(e)[:60])
print(y.grad_fn._saved_self_sizes)
