# nn.init.trunc_normal_, orthogonal_ (tall, wide, square, 3-d, gain), sparse_, eye_ and dirac_
# (3-, 4- and 5-d, groups): the same draws as PyTorch's for a seed (float32 tensors under
# PyTorch's default, then float64), the functions' checks, the warning of trunc_normal_, and the
# draws that follow (the generator advanced as PyTorch's is).
import torch
from torch import nn
I = nn.init


def show(f, digits=6):
    try:
        w = f()
        print([round(v, digits) for v in w.flatten().tolist()])
    except Exception as e:
        print(type(e).__name__, e)


for dtype, digits in [(torch.float32, 5), (torch.float64, 10)]:
    torch.manual_seed(0)
    show(lambda: I.trunc_normal_(torch.empty(3, 4, dtype=dtype)), digits)
    show(lambda: I.trunc_normal_(torch.empty(20, dtype=dtype), mean=0.5, std=0.2, a=0.0, b=1.0), digits)
    show(lambda: I.orthogonal_(torch.empty(3, 4, dtype=dtype)), digits)
    show(lambda: I.orthogonal_(torch.empty(5, 2, dtype=dtype), gain=2.0), digits)
    show(lambda: I.orthogonal_(torch.empty(4, 4, dtype=dtype)), digits)
    show(lambda: I.orthogonal_(torch.empty(2, 3, 2, dtype=dtype)), digits)
    show(lambda: I.orthogonal_(torch.empty(6, 20, dtype=dtype)), digits)
    show(lambda: I.sparse_(torch.empty(3, 4, dtype=dtype), 0.5), digits)
    show(lambda: I.sparse_(torch.empty(5, 3, dtype=dtype), sparsity=0.3, std=1.0), digits)
    print([round(v, digits) for v in torch.rand(3, dtype=dtype).tolist()])
torch.set_default_dtype(torch.float64)
torch.manual_seed(1)
q = I.orthogonal_(torch.empty(6, 4))
print(torch.allclose(q.t() @ q, torch.eye(4)), q.requires_grad)
print(I.eye_(torch.empty(2, 3)), I.eye_(torch.empty(3, 2)))
print(I.dirac_(torch.empty(2, 2, 3)), I.dirac_(torch.empty(4, 2, 3, 3), groups=2).sum(), I.dirac_(torch.empty(3, 5, 1, 2, 3)).nonzero().tolist())
w = nn.Parameter(torch.empty(3, 3))
print(I.eye_(w), I.trunc_normal_(w, std=0.02) is w, w.requires_grad, w.grad_fn)
layer = nn.Linear(4, 3)
I.orthogonal_(layer.weight)
print(torch.allclose(layer.weight @ layer.weight.t(), torch.eye(3)))
for bad in [lambda: I.orthogonal_(torch.empty(3)), lambda: I.sparse_(torch.empty(2, 2, 2), 0.1), lambda: I.eye_(torch.empty(2, 2, 2)),
            lambda: I.dirac_(torch.empty(2, 2)), lambda: I.dirac_(torch.empty(3, 2, 2), groups=2), lambda: I.sparse_(torch.empty(2, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(I.orthogonal_(torch.empty(0, 3)).shape)
