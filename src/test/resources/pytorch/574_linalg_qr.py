import torch
torch.set_default_dtype(torch.float64)

# torch.linalg.qr (and the deprecated torch.qr, Tensor.qr): modes 'reduced', 'complete', 'r',
# LAPACK's signs (geqrf, orgqr), tall, square and wide matrices and batches, each output's
# gradient, gradcheck/gradgradcheck, tangents, and the errors


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


L = torch.linalg
A = torch.tensor([[4., 1., 2.], [1., 3., 0.5], [2., 0.5, 5.]])
B = torch.tensor([[1., 2.], [3., -4.], [5., 6.]])
batch = torch.stack([A, A @ A - 3, torch.diag(torch.tensor([3., -1., 2.]))])
r = L.qr(B)
print(r, type(r).__name__, r.Q.shape, r[1].shape)
print(L.qr(B, mode="complete"))
print(L.qr(B, mode="r"))
print(L.qr(B.T), L.qr(B.T, mode="complete").Q.shape)
print(L.qr(batch))
print(torch.qr(B), B.qr(some=False).Q.shape)
print(L.qr(torch.zeros(2, 2)), L.qr(torch.zeros(0, 2)))

for x in [B, A, B.T]:
    X = x.clone().requires_grad_()
    Q, R = L.qr(X)
    print(Q.grad_fn.name(), R.grad_fn.name())
    (Q * torch.arange(1., Q.numel() + 1).reshape(Q.shape)).sum().backward(retain_graph=True)
    print("Q", X.grad)
    X.grad = None
    (R * torch.arange(1., R.numel() + 1).reshape(R.shape)).sum().backward(retain_graph=True)
    print("R", X.grad)
    X.grad = None
    (Q.sum() + R.sum()).backward()
    print("both", X.grad)
    print(torch.autograd.gradcheck(lambda m: L.qr(m).Q, (X,)), torch.autograd.gradcheck(lambda m: L.qr(m).R, (X,)),
          torch.autograd.gradgradcheck(lambda m: L.qr(m).Q, (X,)), torch.autograd.gradgradcheck(lambda m: L.qr(m).R, (X,)))
    v = torch.ones_like(x) / 10 + torch.eye(*x.shape) / 3
    print("jvp", torch.autograd.functional.jvp(lambda m: L.qr(m).Q, x, v)[1], torch.autograd.functional.jvp(lambda m: L.qr(m).R, x, v)[1])
X = A.clone().requires_grad_()
Q, R = L.qr(X, mode="complete")
(Q.sum() + R.sum()).backward()
print("complete square", X.grad)

Y = B.clone().requires_grad_()
attempt("mode r backward", lambda: L.qr(Y, mode="r").R.sum().backward())
attempt("complete tall backward", lambda: L.qr(Y, mode="complete").Q.sum().backward())
attempt("1-d", lambda: L.qr(torch.ones(3)))
attempt("int", lambda: L.qr(torch.eye(2, dtype=torch.int64)))
attempt("mode", lambda: L.qr(A, mode="x"))
