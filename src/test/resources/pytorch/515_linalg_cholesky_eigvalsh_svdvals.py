import torch
torch.set_default_dtype(torch.float64)

# torch.linalg's cholesky, eigvalsh, svdvals (and from them the matrix norms 2, -2 and 'nuc',
# cond and matrix_rank): values, gradients and tangents against PyTorch's numbers and against
# central differences (gradcheck); adjoint's Jacobi iterations may differ from LAPACK's in the
# last bits, so values are printed rounded to 10 decimals


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def r(t):
    return torch.round(t * 1e10) / 1e10


L = torch.linalg
A = torch.tensor([[4., 1., 2.], [1., 3., 0.5], [2., 0.5, 5.]])
B = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
batch = torch.stack([A, A @ A, torch.eye(3) * 2])
print(r(L.cholesky(A)), r(L.cholesky(A, upper=True)), r(L.cholesky(batch)))
print(r(L.eigvalsh(A)), r(L.eigvalsh(batch)), r(L.eigvalsh(torch.triu(A) * 7, UPLO="U")), r(L.eigvalsh(torch.tril(A) - 9 * torch.triu(A, 1))))
print(r(L.svdvals(B)), r(L.svdvals(B.T)), r(L.svdvals(batch)), r(L.svdvals(torch.ones(2, 4))))
print(r(L.matrix_norm(A, 2)), r(L.matrix_norm(B, -2)), r(L.matrix_norm(B, "nuc")), r(L.norm(B, 2)), r(L.norm(batch, "nuc", dim=(0, 2))))
print(r(L.matrix_norm(batch, 2, keepdim=True)), r(L.cond(A)), r(L.cond(B)), r(L.cond(A, -2)))
print(L.matrix_rank(B), L.matrix_rank(torch.ones(3, 3)), L.matrix_rank(batch), L.matrix_rank(torch.zeros(2, 2)))
attempt("not pd", lambda: L.cholesky(-A))
attempt("not pd batch", lambda: L.cholesky(torch.stack([A, torch.diag(torch.tensor([1., -1., 1.]))])))
attempt("not square", lambda: L.cholesky(B))
attempt("1-d", lambda: L.svdvals(torch.ones(3)))
attempt("int", lambda: L.eigvalsh(torch.eye(2, dtype=torch.int64)))
attempt("int cholesky", lambda: L.cholesky(torch.eye(2, dtype=torch.int64)))
attempt("int svdvals", lambda: L.svdvals(torch.eye(2, dtype=torch.int64)))
attempt("UPLO", lambda: L.eigvalsh(A, UPLO="X"))

for name, f, x in [("cholesky", L.cholesky, A), ("eigvalsh", L.eigvalsh, A), ("svdvals", L.svdvals, B), ("svdvals wide", L.svdvals, B.T),
                   ("nuc", lambda m: L.matrix_norm(m, "nuc"), B), ("2-norm", lambda m: L.matrix_norm(m, 2), A), ("cond", L.cond, A)]:
    x = x.clone().requires_grad_()
    y = f(x)
    w = torch.arange(1., y.numel() + 1).reshape(y.shape)
    (y * w).sum().backward()
    print(name, y.grad_fn.name() if name in ("cholesky", "eigvalsh", "svdvals", "svdvals wide", "nuc") else "", r(x.grad))
    print(name, "gradcheck", torch.autograd.gradcheck(lambda m: f((m + m.T) / 2) if name in ("cholesky", "eigvalsh") else f(m), (x.detach().clone().requires_grad_(),)))

# tangents through torch.autograd.functional.jvp
for name, f, x in [("cholesky", L.cholesky, A), ("eigvalsh", L.eigvalsh, A), ("svdvals", L.svdvals, B), ("svdvals wide", L.svdvals, B.T)]:
    v = torch.ones_like(x) / 10 + torch.eye(*x.shape) / 3
    v = (v + v.T) / 2 if name in ("cholesky", "eigvalsh") else v
    out, t = torch.autograd.functional.jvp(f, x, v)
    print(name, "jvp", r(t))
