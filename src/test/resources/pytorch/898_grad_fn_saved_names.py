# The saved tensors of a backward node under PyTorch's names for each op ("Autograd mechanics": saved
# tensors): PowBackward1's _saved_exponent, DotBackward0's _saved_tensor, MvBackward0's _saved_vec,
# MmBackward0's _saved_mat2, AddmmBackward0's (nn.Linear's) _saved_mat1 and _saved_mat2 (None when not
# saved), CdistBackward0's _saved_x1 and _saved_x2, ConvolutionBackward0's _saved_input and
# _saved_weight; the tensor-valued ones of dir() (adjoint's nodes do not keep the saved numbers and sizes)
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
a = torch.randn(3, 3, requires_grad=True)
b = torch.randn(3, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
c = torch.randn(3, 3)
def tensors(g):
    return [n for n in dir(g) if n.startswith('_saved') and not n.endswith('_opt') and isinstance(getattr(g, n), (torch.Tensor, type(None)))]
for name, y in [('pow', a.pow(b)), ('pow scalar', a.pow(2)), ('mm', a @ b), ('mm const', a @ c), ('mv', a @ v), ('dot', v @ v),
                ('bmm', a[None] @ b[None]), ('vm', v @ a), ('addmm', torch.addmm(v, a, b)), ('addmm const', torch.addmm(v, c, b)),
                ('linear', F.linear(a, b, v)), ('cdist', torch.cdist(a, b)), ('conv', F.conv2d(a[None, None], b[None, None])),
                ('maximum', torch.maximum(a, b)), ('atan2', torch.atan2(a, b)), ('mul', a * c)]:
    g = y.grad_fn
    names = tensors(g)
    print(name, type(g).__name__, names)
    for n in names:
        t = getattr(g, n)
        print('  ', n, None if t is None else (t.shape, t is a, t is b, t is v, t is c))
g = (a @ b).grad_fn
try:
    g._saved_other
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.pow(b).grad_fn._saved_other
except AttributeError as e:
    print("AttributeError:", e)
