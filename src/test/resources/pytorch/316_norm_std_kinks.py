# Gradients at the non-differentiable points the autograd notes list ("Gradients for
# non-differentiable functions"): x.norm() at 0 and x.std() of a constant input have gradient 0
# in PyTorch (tester's finding: adjoint gave nan), for every p and dim; p=0 has no gradient, the
# inf-norms share ties, NaN follows PyTorch (sign(nan) is 0), std without a degree of freedom
# fails as 1.13 does, and the second derivative through the mask keeps PyTorch's NaNs.
import torch
torch.set_default_dtype(torch.float64)


def grad_of(f, x, nodes=True):
    x = torch.tensor(x, requires_grad=True)
    try:
        y = f(x)
        (y.sum() if y.dim() else y).backward()
        if not nodes:
            return y.detach(), x.grad
        return y.detach(), type(y.grad_fn).__name__, [type(n).__name__ for n, _ in y.grad_fn.next_functions], x.grad
    except Exception as e:
        return type(e).__name__, str(e)


inf = float("inf")
nan = float("nan")
for p in [2, 1, 3, 0.5, 1.5, -1, 0, inf, -inf, "fro"]:
    print("p", p)
    print(" zero", grad_of(lambda x: x.norm(p=p), [0.0, 0.0]))
    print(" some", grad_of(lambda x: x.norm(p=p), [[0.0, -3.0], [4.0, 0.0]]))
    print(" dim", grad_of(lambda x: x.norm(p=p, dim=1), [[0.0, 0.0], [3.0, -4.0]]))
    print(" keep", grad_of(lambda x: x.norm(p=p, dim=0, keepdim=True), [[0.0, 2.0], [0.0, -2.0]]))
    print(" nan", grad_of(lambda x: x.norm(p=p), [nan, 1.0]))
print(grad_of(lambda x: torch.norm(x), [0.0, 0.0, 0.0]))
print(grad_of(lambda x: x.norm(), []))
print(grad_of(lambda x: x.norm(p=inf), []))
print(grad_of(lambda x: x.norm(p=inf), [3.0, -3.0, 1.0]))
print(grad_of(lambda x: x.norm(p=-inf), [2.0, 2.0, -5.0]))
print(grad_of(lambda x: x.norm(), [inf, 1.0]))

print(grad_of(lambda x: x.std(), [1.0, 1.0]))
print(grad_of(lambda x: x.std(dim=1), [[1.0, 1.0], [1.0, 2.0]]))
print(grad_of(lambda x: x.std(unbiased=False), [2.0, 2.0, 2.0]))
print(grad_of(lambda x: x.std(dim=0, keepdim=True), [[5.0, 1.0], [5.0, 3.0]]))
print(grad_of(lambda x: torch.std(x, 1), [[0.0, 0.0, 0.0]]))
print(grad_of(lambda x: x.var(), [1.0, 1.0]))
print(grad_of(lambda x: x.std(), [1.0]))
print(grad_of(lambda x: x.var(), [[1.0]]))
print(grad_of(lambda x: x.std(dim=0), [1.0]))
print(grad_of(lambda x: x.var(dim=(0, 1)), [[1.0]]))
print(grad_of(lambda x: x.std(), 1.0))
print(grad_of(lambda x: x.var(), 1.0))
print(grad_of(lambda x: x.std(), []))
print(grad_of(lambda x: x.std(), [nan, 1.0]))

for f in [lambda: torch.tensor([1, 2]).norm(), lambda: torch.tensor([True]).norm(p=1), lambda: torch.tensor([1, 2]).std(),
          lambda: torch.tensor([1, 2]).var(dim=0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(torch.sign(torch.tensor([nan, -0.0, 2.0, -inf])), grad_of(lambda x: x.abs(), [nan, 0.0, -1.0]))
print(grad_of(lambda x: x.sqrt(), [0.0, 4.0]), grad_of(lambda x: x.relu(), [0.0]), grad_of(lambda x: x.clamp(0, 1), [0.0, 1.0]))
print(grad_of(lambda x: x.max(), [1.0, 1.0]), grad_of(lambda x: x ** 0.5, [0.0], nodes=False), grad_of(lambda x: x.sign(), [0.0]))

z = torch.zeros(3, requires_grad=True)
g, = torch.autograd.grad(z.norm(), z, create_graph=True)
print(g, torch.autograd.grad(g.sum(), z))
c = torch.ones(3, requires_grad=True)
g, = torch.autograd.grad(c.std(), c, create_graph=True)
print(g, torch.autograd.grad(g.sum(), c))
w = torch.tensor([3.0, -4.0], requires_grad=True)
g, = torch.autograd.grad(w.norm(p=3), w, create_graph=True)
print(g, torch.autograd.grad(g.sum(), w))
w = torch.tensor([[1.0, 2.0], [2.0, 6.0]], requires_grad=True)
g, = torch.autograd.grad(w.std(dim=1).sum(), w, create_graph=True)
print(g, torch.autograd.grad(g.pow(2).sum(), w))
x = torch.tensor([1.0, -2.0, 2.0], requires_grad=True)
print(torch.autograd.functional.jacobian(lambda t: t.norm(p=inf), x), torch.autograd.functional.hessian(lambda t: t.norm(), x))
print(torch.autograd.functional.jvp(lambda t: t.std(), x, torch.ones(3)), torch.autograd.functional.jvp(lambda t: t.norm(), torch.zeros(3), torch.ones(3)))
