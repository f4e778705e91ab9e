# torch.matmul with an operand of 3 or more dims as the chain of nodes PyTorch 1.13's _matmul_impl
# records: the batch folded into one mm/mv (ReshapeAliasBackward0 of a view, CloneBackward0 then
# UnsafeViewBackward0 of a copy), b's batch folded transposed (TransposeBackward0, TBackward0, then
# CloneBackward0 of the transposed result unless it is contiguous), or both operands expanded and
# multiplied by bmm; each node's saved values, and the gradients through the chain
import torch
torch.set_default_dtype(torch.float64)
def saved(n):
    out = []
    for k in sorted(k for k in dir(n) if k.startswith('_saved_')):
        v = getattr(n, k)
        out.append('%s=%s' % (k[7:], tuple(v.shape) if isinstance(v, torch.Tensor) else repr(v)))
    return ' '.join(out)
def chain(n, depth=1):
    stack = [(n, depth)]
    while stack:
        n, d = stack.pop()
        if n is None:
            print('  ' * d + 'None')
            continue
        print('  ' * d + type(n).__name__, saved(n))
        for c, _ in reversed(n.next_functions):
            stack.append((c, d + 1))
def show(label, a, b):
    y = a @ b
    print(label, tuple(y.shape))
    chain(y.grad_fn)
    y.backward(torch.arange(y.numel()).reshape(y.shape) / 7.0)
    for name, t in (('a', a), ('b', b)):
        if t.requires_grad:
            g = t.grad if t.is_leaf else None
            if g is not None:
                print('   ', name, 'grad', [round(x, 6) for x in g.flatten().tolist()])
def leaf(*shape, grad=True):
    return (torch.arange(torch.Size(shape).numel()).reshape(shape) * 0.37 % 1.3 - 0.5).requires_grad_(grad)
show('fold', leaf(2, 3, 4), leaf(4, 5))
show('fold, a no grad', leaf(2, 3, 4, grad=False), leaf(4, 5))
show('fold, w no grad', leaf(2, 3, 4), leaf(4, 5, grad=False))
w = leaf(5, 4)
print('fold, w.t()')
chain((leaf(2, 3, 4) @ w.t()).grad_fn)
a = leaf(3, 2, 4)
print('fold of a copy (a.transpose(0, 1))')
chain((a.transpose(0, 1) @ leaf(4, 5)).grad_fn)
show('fold 4-d', leaf(2, 2, 3, 4), leaf(4, 2))
show('fold mv', leaf(2, 3, 4), leaf(4))
show('transposed fold', leaf(3, 4), leaf(2, 4, 5))
show('transposed fold, one row', leaf(1, 4), leaf(2, 4, 5))
show('transposed fold, one column', leaf(3, 4), leaf(2, 4, 1))
show('transposed fold vector', leaf(4), leaf(2, 4, 5))
b = leaf(2, 5, 4)
print('transposed fold of a transposed batch (a view)')
chain((leaf(3, 4) @ b.transpose(1, 2)).grad_fn)
show('bmm', leaf(2, 3, 4), leaf(2, 4, 5))
show('bmm broadcast', leaf(1, 3, 4), leaf(2, 2, 4, 5))
show('bmm broadcast copy', leaf(2, 1, 3, 4), leaf(1, 2, 4, 5))
show('bmm 3-d beside 4-d', leaf(3, 3, 4), leaf(2, 3, 4, 2))
p = leaf(2, 4, 3)
print('bmm of a permuted batch beside a matrix')
chain((p.permute(0, 2, 1) @ leaf(4, 5)).grad_fn)
show('bmm, a no grad', leaf(2, 3, 4, grad=False), leaf(2, 4, 5))
q = leaf(2, 4, 3)
print('bmm of a transposed batch')
chain((q.transpose(1, 2) @ leaf(2, 4, 5)).grad_fn)
print('torch.bmm')
chain(torch.bmm(leaf(2, 3, 4), leaf(2, 4, 5)).grad_fn)
print('no grad anywhere', (leaf(2, 3, 4, grad=False) @ leaf(4, 5, grad=False)).grad_fn)
with torch.no_grad():
    print('under no_grad', (leaf(2, 3, 4) @ leaf(4, 5)).grad_fn)
