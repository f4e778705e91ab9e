# torch.linalg.matrix_exp, torch.matrix_exp and Tensor.matrix_exp as PyTorch 1.13 computes them, to the last bit: the
# Taylor polynomial of degree 1, 2, 4, 8, 12 or 18 its 1-norm picks, scaling and squaring past theta_18, batches whose
# matrices take different degrees, 1 x 1 (exp), 0 x 0 and empty batches; LinalgMatrixExpBackward0, its gradient (the
# upper-right block of the exponential of [[A^T, G], [0, A^T]], SliceBackward0 under create_graph) and second
# derivatives, gradcheck/gradgradcheck, and PyTorch's errors for non-square, 1-d and integer input.
# Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(861)
base = torch.randn(3, 3)
for scale in [0.0, 1e-17, 1e-9, 1e-4, 0.01, 0.1, 0.5, 1.0, 4.0, 30.0]:
    e = torch.linalg.matrix_exp(base * scale)
    print(scale, [repr(v) for v in e.flatten().tolist()])
b = torch.randn(4, 2, 2) * torch.tensor([1e-10, 0.02, 0.2, 5.0]).view(4, 1, 1)
print([repr(v) for v in torch.matrix_exp(b).flatten().tolist()])
print(torch.equal(torch.linalg.matrix_exp(b)[2], torch.linalg.matrix_exp(b[2])))
big = torch.randn(2, 3, 9, 9) * 0.3
print([repr(v) for v in big.matrix_exp()[1, 2, 4].tolist()])
print(torch.linalg.matrix_exp(torch.tensor([[0.0, 1.0], [-1.0, 0.0]]) * 3.141592653589793))
print(torch.linalg.matrix_exp(torch.tensor([[0.0, 1.0, 2.0], [0.0, 0.0, 3.0], [0.0, 0.0, 0.0]])))
print(torch.linalg.matrix_exp(torch.diag(torch.tensor([1.0, -2.0, 0.5]))))
print(torch.linalg.matrix_exp(torch.tensor([[[2.0]], [[-1.0]]])), torch.linalg.matrix_exp(torch.ones(0, 0)), torch.linalg.matrix_exp(torch.ones(0, 3, 3)).shape)
a = torch.tensor([[0.3, -1.2, 0.5], [0.8, 0.1, -0.4], [-0.6, 0.9, 0.2]], requires_grad=True)
for f in [torch.linalg.matrix_exp, torch.matrix_exp, torch.Tensor.matrix_exp]:
    print(f(a).grad_fn.name())
g = torch.tensor([[1.0, 0.5, -2.0], [0.0, 3.0, 1.0], [-1.0, 0.25, 0.5]])
torch.linalg.matrix_exp(a).backward(g)
print([repr(v) for v in a.grad.flatten().tolist()])
a.grad = None
for scale in [1e-3, 0.2, 2.0, 10.0]:
    x = (a.detach() * scale).requires_grad_()
    gx, = torch.autograd.grad(torch.linalg.matrix_exp(x), x, g, create_graph=True)
    ggx, = torch.autograd.grad((gx * g).sum(), x)
    print(scale, gx.grad_fn.name(), [repr(v) for v in gx.flatten().tolist()])
    print(scale, [repr(v) for v in ggx.flatten().tolist()])
one = torch.tensor([[0.7]], requires_grad=True)
e1 = torch.linalg.matrix_exp(one)
e1.backward()
print(e1.grad_fn.name(), e1, one.grad)
w = torch.randn(2, 3, 3, requires_grad=True)
print(torch.autograd.gradcheck(torch.linalg.matrix_exp, (w,)), torch.autograd.gradgradcheck(torch.linalg.matrix_exp, (w,)))
w2 = (torch.randn(4, 4) * 2).requires_grad_()
print(torch.autograd.gradcheck(torch.matrix_exp, (w2,)))
for bad in [torch.ones(2, 3), torch.ones(3), torch.tensor(1.0), torch.ones(2, 2, dtype=torch.long), torch.ones(2, 3, dtype=torch.long), torch.ones(3, 3, dtype=torch.bool), torch.ones(2, 0, 2)]:
    for f in [torch.linalg.matrix_exp, torch.matrix_exp, torch.Tensor.matrix_exp]:
        try:
            f(bad)
        except RuntimeError as e:
            print(e)
for call in [lambda: torch.linalg.matrix_exp(), lambda: torch.matrix_exp(), lambda: torch.linalg.matrix_exp([[1.0]]), lambda: torch.ones(2, 2).matrix_exp(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(torch.linalg.matrix_exp(input=torch.eye(2)), torch.linalg.matrix_exp)
