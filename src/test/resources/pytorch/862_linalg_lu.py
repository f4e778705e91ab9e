# torch.linalg.lu, lu_factor and lu_factor_ex as PyTorch 1.13 computes them (LAPACK's getrf: its pivots and last bits):
# square, wide and tall matrices, batches, ties between pivot candidates, a singular matrix, empty ones; P as a
# constant, LinalgLuBackward0 and LinalgLuFactorExBackward0 with their gradients (from L alone, U alone, both,
# and the packed LU) and second derivatives, gradcheck/gradgradcheck, and PyTorch's errors.
# Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(862)
a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
print(torch.linalg.lu(a))
print(torch.linalg.lu_factor(a))
print(torch.linalg.lu_factor_ex(a))
for shape in [(4, 4), (3, 5), (5, 3), (2, 3, 4, 4), (2, 4, 2)]:
    x = torch.randn(*shape)
    P, L, U = torch.linalg.lu(x)
    LU, piv = torch.linalg.lu_factor(x)
    print(shape, [repr(v) for v in L.flatten().tolist()[:12]], [repr(v) for v in U.flatten().tolist()[-8:]])
    print(P.flatten().tolist()[:18], piv.tolist(), [repr(v) for v in LU.flatten().tolist()[:10]], torch.dist(P @ L @ U, x).item() < 1e-14)
ties = torch.tensor([[1.0, 2.0, 0.0], [-1.0, 0.0, 1.0], [1.0, 1.0, 1.0]])
print(torch.linalg.lu(ties), torch.linalg.lu_factor(ties).pivots)
sing = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
print(torch.linalg.lu(sing), torch.linalg.lu_factor_ex(sing))
print(torch.linalg.lu(torch.ones(0, 3)), torch.linalg.lu_factor(torch.ones(2, 0, 3)))
x = torch.tensor([[0.5, -1.0, 2.0], [3.0, 0.25, -1.5], [-2.0, 1.0, 0.75]], requires_grad=True)
P, L, U = torch.linalg.lu(x)
print(P.requires_grad, P.grad_fn, L.grad_fn.name(), U.grad_fn.name())
gL = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
gU = torch.tensor([[0.5, -1.0, 0.25], [2.0, 1.0, -3.0], [1.5, 0.5, 1.0]])
for name, loss in [("L", lambda P, L, U: (L * gL).sum()), ("U", lambda P, L, U: (U * gU).sum()), ("LU", lambda P, L, U: (L * gL).sum() + (U * gU).sum())]:
    g, = torch.autograd.grad(loss(*torch.linalg.lu(x)), x, create_graph=True)
    gg, = torch.autograd.grad((g * g).sum(), x)
    print(name, [repr(v) for v in g.flatten().tolist()])
    print(name, [repr(v) for v in gg.flatten().tolist()])
LU, piv = torch.linalg.lu_factor(x)
print(LU.grad_fn.name(), piv.requires_grad, piv.dtype)
LU.backward(gL)
print([repr(v) for v in x.grad.flatten().tolist()])
for shape in [(3, 5), (5, 3)]:
    w = torch.randn(*shape, requires_grad=True)
    for name, loss in [("L", lambda P, L, U: (L * L).sum()), ("U", lambda P, L, U: U.sum()), ("LU", lambda P, L, U: (L.sum(-1) ** 2).sum() + (U ** 3).sum())]:
        g, = torch.autograd.grad(loss(*torch.linalg.lu(w)), w)
        print(shape, name, [repr(v) for v in g.flatten().tolist()])
    g, = torch.autograd.grad((torch.linalg.lu_factor(w).LU ** 2).sum(), w)
    print(shape, "packed", [repr(v) for v in g.flatten().tolist()])
z = torch.randn(2, 3, 3, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: torch.linalg.lu(t)[1:], (z,)), torch.autograd.gradgradcheck(lambda t: torch.linalg.lu(t)[1:], (z,)))
print(torch.autograd.gradcheck(lambda t: torch.linalg.lu_factor(t).LU, (z,)))
for shape in [(3, 4), (4, 2)]:
    z = torch.randn(*shape, requires_grad=True)
    print(shape, torch.autograd.gradcheck(lambda t: torch.linalg.lu(t)[1:], (z,)), torch.autograd.gradcheck(lambda t: torch.linalg.lu_factor_ex(t).LU, (z,)))
try:
    torch.linalg.lu_factor(torch.stack([torch.eye(2), sing]))
except RuntimeError as e:
    print(e)
for bad in [torch.ones(3), torch.tensor(1.0), torch.ones(2, 2, dtype=torch.long), torch.ones(2, 2, dtype=torch.bool)]:
    for f in [torch.linalg.lu, torch.linalg.lu_factor, torch.linalg.lu_factor_ex]:
        try:
            f(bad)
        except RuntimeError as e:
            print(e)
for call in [lambda: torch.linalg.lu(torch.eye(2), pivot=False), lambda: torch.linalg.lu_factor(torch.eye(2), pivot=False), lambda: torch.linalg.lu_factor_ex(sing, check_errors=True)]:
    try:
        call()
    except RuntimeError as e:
        print(e)
for call in [lambda: torch.linalg.lu(), lambda: torch.linalg.lu_factor(1.0), lambda: torch.linalg.lu([[1.0]])]:
    try:
        call()
    except TypeError as e:
        print(e)
print(torch.linalg.lu(A=torch.eye(2)).L, torch.linalg.lu, torch.linalg.lu_factor)
