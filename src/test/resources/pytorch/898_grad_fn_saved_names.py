# The saved tensors of a backward node under PyTorch's names for each op ("Autograd mechanics": saved
# tensors): PowBackward1's _saved_exponent, DotBackward0's _saved_tensor, MvBackward0's _saved_vec,
# MmBackward0's _saved_mat2, AddmmBackward0's (nn.Linear's) _saved_mat1 and _saved_mat2 (None when not
# saved), CdistBackward0's _saved_x1 and _saved_x2, ConvolutionBackward0's _saved_input and
# _saved_weight, ClampBackward0's _saved_min/_saved_max, LerpBackward1's _saved_end/_saved_weight,
# LinalgInvExBackward0's _saved_inverse, the linalg nodes' _saved_A, AddcmulBackward0's _saved_tensor1/2,
# the pointwise losses' _saved_target;
# the tensor-valued ones of dir() (adjoint's nodes do not keep the saved numbers and sizes, nor LU and pivots)
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
a = torch.randn(3, 3, requires_grad=True)
b = torch.randn(3, 3, requires_grad=True)
v = torch.randn(3, requires_grad=True)
c = torch.randn(3, 3)
wt = torch.rand(3, 3, requires_grad=True)
p = (torch.randn(3, 3) @ torch.randn(3, 3).T + 3 * torch.eye(3)).requires_grad_()
def tensors(g):
    return [n for n in dir(g) if n.startswith('_saved') and not n.endswith('_opt') and isinstance(getattr(g, n), (torch.Tensor, type(None)))
            and n not in ('_saved_LU', '_saved_pivots', '_saved_driver', '_saved_rcond')]
for name, y in [('pow', a.pow(b)), ('pow scalar', a.pow(2)), ('mm', a @ b), ('mm const', a @ c), ('mv', a @ v), ('dot', v @ v),
                ('bmm', a[None] @ b[None]), ('vm', v @ a), ('addmm', torch.addmm(v, a, b)), ('addmm const', torch.addmm(v, c, b)),
                ('linear', F.linear(a, b, v)), ('cdist', torch.cdist(a, b)), ('conv', F.conv2d(a[None, None], b[None, None])),
                ('maximum', torch.maximum(a, b)), ('atan2', torch.atan2(a, b)), ('mul', a * c),
                ('clamp', a.clamp(min=b, max=b + 1)), ('lerp', torch.lerp(a, b, wt)), ('lerp const weight', torch.lerp(a, b, c.sigmoid())),
                ('inv', torch.linalg.inv(p)), ('det', torch.linalg.det(p)), ('solve', torch.linalg.solve(p, b)),
                ('lstsq', torch.linalg.lstsq(p, b).solution), ('addcmul', torch.addcmul(a, a, b)), ('addcdiv', torch.addcdiv(a, a, wt + 1)),
                ('conv_transpose', F.conv_transpose2d(a[None, None], b[None, None])), ('pow number base', torch.pow(2.0, a)),
                ('mse_loss', F.mse_loss(a, b)), ('huber_loss', F.huber_loss(a, c)), ('smooth_l1_loss', F.smooth_l1_loss(a, b))]:
    g = y.grad_fn
    names = tensors(g)
    print(name, type(g).__name__, names)
    for n in names:
        t = getattr(g, n)
        print('  ', n, None if t is None else (t.shape, t is a, t is b, t is v, t is c, t is p, t is wt))
g = (a @ b).grad_fn
try:
    g._saved_other
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.pow(b).grad_fn._saved_other
except AttributeError as e:
    print("AttributeError:", e)
