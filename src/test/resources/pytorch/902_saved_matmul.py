# The saved values of the matrix products' nodes as PyTorch 1.13 shows them: MmBackward0 (mm, matmul of
# two matrices, linear without bias) and AddmmBackward0 (addmm, linear with bias) save each operand's
# sizes always and its strides only when the other operand needs a gradient (a transposed view's
# strides), addmm its alpha and beta; MvBackward0's self and vec, DotBackward0's self and tensor
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
a = torch.tensor([[0.5, 1.5, 2.0], [1.0, 3.0, 0.25]], requires_grad=True)
w = torch.tensor([[1.0, -1.0], [2.0, 0.5], [0.0, 1.0]], requires_grad=True)
c = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
v = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
bias = torch.tensor([0.1, 0.2], requires_grad=True)
for label, y in [('mm', torch.mm(a, w)), ('matmul', a @ w), ('mm const', a @ c), ('const mm', c.T @ a.T), ('mm transposed', w.T @ a.T),
                 ('linear no bias', F.linear(a, w.T)), ('addmm', torch.addmm(bias, a, w)), ('linear', F.linear(a, w.T, bias)),
                 ('linear const weight', F.linear(a, c.T, bias)), ('mv', a @ v), ('dot', v @ v), ('dot const', v @ c[:, 0])]:
    show(label, y, a=a, w=w, c=c, v=v, bias=bias)
m = torch.nn.Linear(3, 2)
g = m(a).grad_fn
print(type(g).__name__, g._saved_mat1 is a, g._saved_mat2_sym_sizes, g._saved_mat2_sym_strides, g._saved_mat1_sym_strides)
