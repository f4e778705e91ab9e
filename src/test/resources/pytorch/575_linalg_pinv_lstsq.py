import torch
torch.set_default_dtype(torch.float64)

# torch.linalg.pinv (atol/rtol, the deprecated rcond, hermitian=), torch.pinverse and
# torch.linalg.lstsq (gelsy, PyTorch's CPU default: solution and rank; residuals and
# singular_values empty): values, grad_fn, gradients, gradcheck/gradgradcheck, tangents, errors


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


L = torch.linalg
A = torch.tensor([[4., 1., 2.], [1., 3., 0.7], [2., 0.7, 5.]])
B = torch.tensor([[1., 2.], [3., -4.], [5., 6.]])
batch = torch.stack([A, A @ A - 3, torch.diag(torch.tensor([3., -1., 2.]))])
print(L.pinv(B), L.pinv(B.T), L.pinv(batch))
print(L.pinv(torch.ones(2, 2)), L.pinv(torch.ones(2, 2), rtol=0.6), L.pinv(torch.ones(2, 2), atol=3.), L.pinv(torch.ones(2, 2), 0.6))
print(L.pinv(A, hermitian=True), L.pinv(torch.diag(torch.tensor([2., -4., 0.])), hermitian=True))
print(torch.pinverse(B), B.pinverse(rcond=0.1), L.pinv(torch.zeros(0, 3)).shape)

r = L.lstsq(B, torch.tensor([[1.], [2.], [4.]]))
print(r, type(r).__name__, r.solution.shape, r.rank)
print(L.lstsq(B, torch.tensor([1., 2., 4.])))
print(L.lstsq(batch, B.expand(3, 3, 2)).solution, L.lstsq(batch, batch[:, :, 0] + 1).solution)
print(L.lstsq(batch, torch.ones(3, 3, 2)).rank)
print(L.lstsq(torch.ones(2, 2), torch.ones(2, 2)), L.lstsq(B, torch.ones(3, 1), rcond=0.5).rank)
print(L.lstsq(B.T, torch.tensor([[1.], [2.]])).solution)

for name, f, xs in [("pinv", L.pinv, (B,)), ("pinv wide", L.pinv, (B.T,)), ("pinv square", L.pinv, (A,)),
                    ("pinv hermitian", lambda m: L.pinv((m + m.T) / 2, hermitian=True), (A,)),
                    ("lstsq", lambda a, b: L.lstsq(a, b).solution, (B, torch.tensor([[1., 0.], [2., 1.], [4., -1.]]))),
                    ("lstsq square", lambda a, b: L.lstsq(a, b).solution, (A, torch.tensor([[1.], [2.], [4.]])))]:
    xs = [x.clone().requires_grad_() for x in xs]
    y = f(*xs)
    (y * torch.arange(1., y.numel() + 1).reshape(y.shape)).sum().backward()
    print(name, y.grad_fn.name(), [x.grad for x in xs])
    print(name, torch.autograd.gradcheck(f, tuple(x.detach().clone().requires_grad_() for x in xs)),
          torch.autograd.gradgradcheck(f, tuple(x.detach().clone().requires_grad_() for x in xs)))
    vs = tuple(torch.ones_like(x) / 10 + (torch.eye(*x.shape) / 3 if x.dim() == 2 else 0) for x in xs)
    print(name, "jvp", torch.autograd.functional.jvp(f, tuple(x.detach() for x in xs), vs)[1])

# a vector right-hand side: B's gradient, but PyTorch 1.13's rule fails for A's (IndexError)
b = torch.tensor([1., 2., 4.], requires_grad=True)
L.lstsq(B, b).solution.sum().backward()
print("lstsq vector", b.grad, torch.autograd.gradcheck(lambda v: L.lstsq(B, v).solution, (b,)))
attempt("lstsq vector, A's gradient", lambda: L.lstsq(B.clone().requires_grad_(), b).solution.sum().backward())
attempt("pinv 1-d", lambda: L.pinv(torch.ones(3)))
attempt("pinv int", lambda: L.pinv(torch.ones(2, 2, dtype=torch.int64)))
attempt("pinv hermitian rectangle", lambda: L.pinv(B, hermitian=True))
attempt("lstsq 1-d", lambda: L.lstsq(torch.ones(3), torch.ones(3)))
attempt("lstsq vector rows", lambda: L.lstsq(B, torch.ones(2)))
attempt("lstsq rows", lambda: L.lstsq(B, torch.ones(2, 1)))
attempt("lstsq dtype", lambda: L.lstsq(B, torch.ones(3, 1, dtype=torch.int64)))
attempt("lstsq int", lambda: L.lstsq(B.long(), torch.ones(3, 1, dtype=torch.int64)))
attempt("lstsq batch B", lambda: L.lstsq(A, batch))
attempt("lstsq driver", lambda: L.lstsq(B, torch.ones(3, 1), driver="foo"))
