import torch
torch.set_default_dtype(torch.float64)

# torch.linalg.eigh and svd (torch.svd, Tensor.svd): PyTorch's named tuples, LAPACK's values and
# signs of the vectors (syevd, gesdd), grad_fn, the gradient of each output alone and of several
# together, gradcheck/gradgradcheck, and the errors for bad input


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


L = torch.linalg
A = torch.tensor([[4., 1., 2.], [1., 3., 0.5], [2., 0.5, 5.]])
B = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
batch = torch.stack([A, A @ A, torch.diag(torch.tensor([3., 1., 2.]))])

r = L.eigh(A)
print(r)
print(type(r).__name__, len(r), r.eigenvalues, r[1].shape)
w, V = L.eigh(batch)
print(w, V)
print(L.eigh(torch.triu(A) * 7, UPLO="U"))
print(L.eigh(torch.tril(A) - 9 * torch.triu(A, 1)))
print(L.eigvalsh(A, UPLO="U"), L.eigvalsh(batch))

print(L.svd(B))
print(L.svd(B, full_matrices=False))
print(L.svd(B.T))
print(L.svd(batch, full_matrices=False).S)
s = torch.svd(B)
print(s, type(s).__name__)
print(torch.svd(B, some=False).U.shape, B.svd().V, torch.svd(B, compute_uv=False))
print(L.svd(torch.zeros(2, 3)))

# gradients of each output alone, and together
X = A.clone().requires_grad_()
w, V = L.eigh(X)
print(w.grad_fn.name(), V.grad_fn.name(), [(f.name(), i) for f, i in w.grad_fn.next_functions])
(w * torch.tensor([1., 2., 3.])).sum().backward(retain_graph=True)
print(X.grad)
X.grad = None
(V * torch.arange(9.).reshape(3, 3)).sum().backward(retain_graph=True)
print(X.grad)
X.grad = None
(w.sum() + (V ** 3).sum()).backward()
print(X.grad)
Y = B.clone().requires_grad_()
U, S, Vh = L.svd(Y, full_matrices=False)
print(U.grad_fn.name(), S.grad_fn.name(), Vh.grad_fn.name())
for name, out in [("U", U), ("S", S), ("Vh", Vh)]:
    Y.grad = None
    (out * torch.arange(1., out.numel() + 1).reshape(out.shape)).sum().backward(retain_graph=True)
    print(name, Y.grad)
Y.grad = None
(U.sum() + 2 * S.sum() + 3 * Vh.sum()).backward()
print("all", Y.grad)
Z = B.T.clone().requires_grad_()
U, S, Vh = L.svd(Z)
(U[:, :2].sum() + S.sum() + (Vh[:2] ** 2 * torch.arange(6.).reshape(2, 3)).sum()).backward()
print("wide, full", Z.grad)
Z.grad = None
s = torch.svd(Z)
(s.V.sum() + s.U.sum()).backward()
print("torch.svd", s.V.grad_fn.name(), Z.grad)
E = torch.eye(3, requires_grad=True)
w, V = L.eigh(E)
w.sum().backward(retain_graph=True)
print("repeated, values", E.grad)
E.grad = None
V.sum().backward()
print("repeated, vectors", E.grad)

sym = lambda m: (m + m.mT) / 2
for name, f, x in [("eigh L", lambda m: L.eigh(sym(m)).eigenvalues, A), ("eigh V", lambda m: L.eigh(sym(m)).eigenvectors, A),
                   ("svd U", lambda m: L.svd(m, full_matrices=False).U, B), ("svd S", lambda m: L.svd(m).S, B),
                   ("svd Vh", lambda m: L.svd(m, full_matrices=False).Vh, B.T), ("torch.svd V", lambda m: torch.svd(m).V, B)]:
    x = x.clone().requires_grad_()
    print(name, torch.autograd.gradcheck(f, (x,)), torch.autograd.gradgradcheck(f, (x,)))
for name, f, x in [("eigh V", lambda m: L.eigh(sym(m)).eigenvectors, A), ("svd U", lambda m: L.svd(m, full_matrices=False).U, B),
                   ("svd Vh wide", lambda m: L.svd(m, full_matrices=False).Vh, B.T), ("svd U full", lambda m: L.svd(m).U, B)]:
    v = torch.ones_like(x) / 10 + torch.eye(*x.shape) / 3
    out, t = torch.autograd.functional.jvp(f, x, sym(v) if name == "eigh V" else v)
    print(name, "jvp", t)

attempt("eigh not square", lambda: L.eigh(B))
attempt("eigh int", lambda: L.eigh(torch.eye(2, dtype=torch.int64)))
attempt("eigh 1-d", lambda: L.eigh(torch.ones(3)))
attempt("eigh UPLO", lambda: L.eigh(A, UPLO="X"))
attempt("svd 1-d", lambda: L.svd(torch.ones(3)))
attempt("svd int", lambda: L.svd(torch.eye(2, dtype=torch.int64)))
attempt("svd nan", lambda: L.svd(torch.tensor([[float("nan"), 1.], [1., 1.]])))
attempt("svd driver", lambda: L.svd(B, driver="gesvd"))
attempt("torch.svd int", lambda: torch.svd(torch.eye(2, dtype=torch.int64)))
