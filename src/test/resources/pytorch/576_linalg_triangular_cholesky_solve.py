import torch
torch.set_default_dtype(torch.float64)

# torch.linalg.solve_triangular (upper/left/unitriangular, batches), torch.cholesky_solve,
# torch.cholesky_inverse and the deprecated torch.cholesky: values, grad_fn, gradients,
# gradcheck/gradgradcheck, tangents, errors


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


L = torch.linalg
T = torch.tensor([[2.1, 0.3, -0.7], [1.3, 3.2, 0.9], [-1.1, 2.3, 4.3]])  # the other triangle is ignored
B = torch.tensor([[1., 2.], [3., -4.], [5., 6.]])
low, up = torch.tril(T), torch.triu(T)
print(L.solve_triangular(T, B, upper=False), L.solve_triangular(T, B, upper=True))
print(L.solve_triangular(T, B.T, upper=False, left=False), L.solve_triangular(T, B.T, upper=True, left=False))
print(L.solve_triangular(T, B, upper=False, unitriangular=True), L.solve_triangular(T, B, upper=True, unitriangular=True))
print(L.solve_triangular(torch.stack([T, T.T]), B, upper=False))
S = low @ low.T + torch.eye(3)
F = L.cholesky(S)
print(torch.cholesky_solve(B, F), torch.cholesky_solve(B, F.T, upper=True), B.cholesky_solve(F))
print(torch.cholesky_inverse(F), torch.cholesky_inverse(F.T, upper=True), F.cholesky_inverse())
print(torch.cholesky(S), torch.cholesky(S, upper=True), S.cholesky())

cases = [("solve_triangular lower", lambda a, b: L.solve_triangular(a, b, upper=False), (T, B)),
         ("solve_triangular upper", lambda a, b: L.solve_triangular(a, b, upper=True), (T, B)),
         ("solve_triangular right", lambda a, b: L.solve_triangular(a, b, upper=False, left=False), (T, B.T)),
         ("solve_triangular unit", lambda a, b: L.solve_triangular(a, b, upper=True, unitriangular=True), (T, B)),
         # the factor's gradient is PyTorch's dense formula: gradcheck sees the factor through tril/triu
         ("cholesky_solve", lambda b, f: torch.cholesky_solve(b, torch.tril(f)), (B, F)),
         ("cholesky_solve upper", lambda b, f: torch.cholesky_solve(b, torch.triu(f), upper=True), (B, F.T.contiguous())),
         ("cholesky_inverse", lambda f: torch.cholesky_inverse(torch.tril(f)), (F,)),
         ("cholesky_inverse upper", lambda f: torch.cholesky_inverse(torch.triu(f), upper=True), (F.T.contiguous(),)),
         ("cholesky", lambda s: torch.cholesky((s + s.T) / 2), (S,))]
for name, f, xs in cases:
    xs = [x.clone().requires_grad_() for x in xs]
    y = f(*xs)
    (y * torch.arange(1., y.numel() + 1).reshape(y.shape)).sum().backward()
    print(name, y.grad_fn.name(), [x.grad for x in xs])
    print(name, torch.autograd.gradcheck(f, tuple(x.detach().clone().requires_grad_() for x in xs)),
          torch.autograd.gradgradcheck(f, tuple(x.detach().clone().requires_grad_() for x in xs)))
    vs = tuple(torch.ones_like(x) / 10 + torch.eye(*x.shape) / 3 for x in xs)
    print(name, "jvp", torch.autograd.functional.jvp(f, tuple(x.detach() for x in xs), vs)[1])

attempt("no upper", lambda: L.solve_triangular(T, B))
attempt("B 1-d", lambda: L.solve_triangular(T, torch.ones(3), upper=False))
attempt("A 1-d", lambda: L.solve_triangular(torch.ones(3), B, upper=False))
attempt("shapes", lambda: L.solve_triangular(T, torch.ones(2, 2), upper=False))
attempt("shapes right", lambda: L.solve_triangular(T, B, upper=False, left=False))
attempt("not square", lambda: L.solve_triangular(B, B, upper=False))
attempt("dtype", lambda: L.solve_triangular(T, B.long(), upper=False))
attempt("int", lambda: L.solve_triangular(T.long(), B.long(), upper=False))
attempt("cholesky_solve 1-d", lambda: torch.cholesky_solve(torch.ones(3), F))
attempt("cholesky_inverse not square", lambda: torch.cholesky_inverse(B))
