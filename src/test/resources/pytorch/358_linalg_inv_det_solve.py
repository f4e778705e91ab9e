# torch.linalg.inv/det/solve (and torch.inverse, torch.det, x.det()): values, gradients (to second
# order), batches, vectors as right-hand sides, the nodes' names, and PyTorch's errors for singular,
# non-square and integer input (torch.linalg.LinAlgError, a RuntimeError).
import torch
torch.set_default_dtype(torch.float64)


def names(t):
    return type(t.grad_fn).__name__, [type(n).__name__ if n is not None else None for n, _ in t.grad_fn.next_functions]


a = torch.tensor([[4.0, 1.0, -2.0], [1.0, 3.0, 0.5], [0.0, -1.0, 2.0]], requires_grad=True)
b = torch.tensor([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]], requires_grad=True)
v = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
i = torch.linalg.inv(a)
d = torch.linalg.det(a)
x = torch.linalg.solve(a, b)
xv = torch.linalg.solve(a, v)
print(i, d, x, xv)
print(names(i), names(d), names(x), names(xv), names(torch.linalg.solve(a, b.detach())))
print((a @ i - torch.eye(3)).abs().max() < 1e-12, (a @ x - b).abs().max() < 1e-12)
w = torch.tensor([[1.0, -1.0, 2.0], [0.5, 0.0, 1.0], [2.0, 1.0, -3.0]])
for name, f in [("inv", lambda: (torch.linalg.inv(a) * w).sum()), ("det", lambda: torch.linalg.det(a) * 2),
                ("solve", lambda: (torch.linalg.solve(a, b) * w[:, :2]).sum()), ("solve vector", lambda: (torch.linalg.solve(a, v) * w[0]).sum())]:
    a.grad = b.grad = v.grad = None
    f().backward()
    print(name, a.grad, b.grad, v.grad)
(g,) = torch.autograd.grad(torch.linalg.det(a), a, create_graph=True)
print(type(g.grad_fn).__name__, g.tolist(), torch.autograd.grad((g * w).sum(), a))  # tolist: a rounding-sized entry would change the print's format
(g,) = torch.autograd.grad((torch.linalg.inv(a) ** 2).sum(), a, create_graph=True)
print(torch.autograd.grad(g.sum(), a))
batch = torch.stack([a.detach(), a.detach() * 2 + torch.eye(3)]).requires_grad_()
print(torch.linalg.inv(batch), torch.linalg.det(batch), torch.linalg.solve(batch, torch.ones(2, 3)), torch.linalg.solve(batch, torch.ones(2, 3, 1)))
torch.linalg.det(batch).sum().backward()
print(batch.grad)
print(torch.inverse(a), torch.det(a), a.det(), a.inverse().grad_fn.name(), torch.linalg.det(torch.tensor([[1.0, 2.0], [2.0, 4.0]])))
s = torch.tensor([[1.0, 2.0], [2.0, 4.0]], requires_grad=True)
torch.linalg.det(s).backward()
print(s.grad)
for bad in [lambda: torch.linalg.inv(torch.zeros(2, 2)), lambda: torch.linalg.inv(torch.tensor([[1.0, 2.0], [2.0, 4.0]])), lambda: torch.linalg.inv(torch.zeros(2, 2, 2)),
            lambda: torch.linalg.solve(torch.zeros(2, 2), torch.ones(2)), lambda: torch.linalg.solve(torch.zeros(2, 2, 2), torch.ones(2, 2)),
            lambda: torch.linalg.solve(torch.eye(2), torch.ones(3)), lambda: torch.linalg.solve(torch.ones(2, 3), torch.ones(2)),
            lambda: torch.linalg.det(torch.ones(2, 3)), lambda: torch.linalg.det(torch.ones(3)), lambda: torch.linalg.inv(torch.tensor([[1, 2], [3, 4]]))]:
    try:
        bad()
    except RuntimeError as e:
        print(type(e).__name__, isinstance(e, torch.linalg.LinAlgError), e)
torch.linalg.inv(torch.ones(3, 3))
