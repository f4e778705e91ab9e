# torch.i0 / torch.special.i0, i0e, i1, i1e: values to the last bit (ATen's Cephes Chebyshev series, whose
# recurrence the AVX2 kernels fuse into multiply-adds), both sides of the series' switch at 8, signs, -0.0,
# inf, nan, integer input; grad_fn names, gradients through backward (the limit 0.5 of i1' and i1e' at 0,
# where |x| <= eps), second derivatives, the methods and the errors for a non-tensor.
# Recorded from torch 1.13.
import math
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.0, -0.0, 1e-300, 2.2e-16, -1e-8, 0.5, -0.5, 1.0, 2.5, -3.75, 7.999999999999999, 8.0, 8.000000000000002,
                  -8.0, 9.5, 15.0, -30.0, 100.0, 700.0, 713.0, -713.0, 1e10, math.inf, -math.inf, math.nan])
for name, f in [("i0", torch.i0), ("special.i0", torch.special.i0), ("i0e", torch.special.i0e), ("i1", torch.special.i1), ("i1e", torch.special.i1e)]:
    print(name, [repr(v) for v in f(x).tolist()])
print(torch.i0(torch.tensor([0, 1, -2, 9])), torch.special.i1(torch.tensor([1, -2])).dtype, torch.special.i1e(torch.tensor([True, False])))
print(x[:8].i0(), torch.special.i0e(input=x[5:9]))
y = torch.tensor([0.25, -1.5, 12.0])
y.i0_()
print(y)
z = torch.tensor([0.0, -0.0, 1e-17, -2.220446049250313e-16, 3e-16, 0.75, -2.0, 7.5, -8.5, 20.0], requires_grad=True)
for name, f in [("i0", torch.i0), ("i0e", torch.special.i0e), ("i1", torch.special.i1), ("i1e", torch.special.i1e)]:
    out = f(z)
    out.backward(torch.linspace(0.5, 2.0, 10))
    print(name, out.grad_fn.name(), [repr(v) for v in z.grad.tolist()])
    z.grad = None
    g, = torch.autograd.grad(f(z).sum(), z, create_graph=True)
    gg, = torch.autograd.grad(g.sum(), z)
    print(name, g.grad_fn.name(), [repr(v) for v in gg.tolist()])
w = torch.tensor([[0.3, -4.0], [9.0, 1.5]], requires_grad=True)
print(torch.autograd.gradcheck(lambda t: torch.special.i1e(t) + torch.i0(t) * torch.special.i1(t) - torch.special.i0e(t), (w,)))
print(torch.autograd.gradgradcheck(lambda t: torch.special.i1(t) * torch.special.i0e(t), (w,)))
print(torch.special.i0e, torch.special.i1)
for bad in [1.0, [1.0], None]:
    for f in [torch.i0, torch.special.i0, torch.special.i0e, torch.special.i1, torch.special.i1e]:
        try:
            f(bad)
        except TypeError as e:
            print(e)
for name in ["i0e", "i1", "i1e"]:
    print(name, hasattr(torch, name), hasattr(torch.Tensor, name))
for call in [lambda: torch.special.i0e(), lambda: torch.special.ndtr(), lambda: torch.i0(), lambda: torch.special.i1(x, x), lambda: torch.special.i1e(input=x, out=None, other=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
o = torch.empty(3)
print(torch.special.i1(torch.tensor([1.0, 2.0, 3.0]), out=o) is o, o, torch.special.i0e(x[:2], out=None))
