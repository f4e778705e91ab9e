# torch.linalg's norms: vector_norm (any ord, dim=None flattens), matrix_norm ('fro', 1, -1, inf,
# -inf over two dims) and norm choosing between them from ord and dim; gradients, node names,
# keepdim, batches, and 1.13's errors.
import torch
torch.set_default_dtype(torch.float64)
A = torch.tensor([[1., -2., 3.], [-4., 5., -6.]], requires_grad=True)
v = torch.tensor([3., -4., 0.], requires_grad=True)
L = torch.linalg
calls = [
    ("norm(v)", lambda: L.norm(v)), ("norm(A)", lambda: L.norm(A)), ("norm(A, 'fro')", lambda: L.norm(A, 'fro')),
    ("norm(A, ord=1)", lambda: L.norm(A, ord=1)), ("norm(A, inf)", lambda: L.norm(A, float('inf'))), ("norm(A, -1)", lambda: L.norm(A, -1)),
    ("norm(A, -inf)", lambda: L.norm(A, -float('inf'))), ("norm(A, dim=1)", lambda: L.norm(A, dim=1)), ("norm(A, 1, dim=1)", lambda: L.norm(A, 1, dim=1)),
    ("norm(v, 3)", lambda: L.norm(v, 3)), ("norm(v, 0)", lambda: L.norm(v, 0)), ("norm(v, inf)", lambda: L.norm(v, float('inf'))),
    ("norm(v, -inf)", lambda: L.norm(v, -float('inf'))), ("norm(A, dim=(0, 1))", lambda: L.norm(A, dim=(0, 1))),
    ("norm(ones(2,2,2), 1)", lambda: L.norm(torch.ones(2, 2, 2), 1)), ("norm(ones(2,2,2))", lambda: L.norm(torch.ones(2, 2, 2))),
    ("norm(A, keepdim=True)", lambda: L.norm(A, keepdim=True)), ("vector_norm(A)", lambda: L.vector_norm(A)),
    ("vector_norm(A, 1, dim=0)", lambda: L.vector_norm(A, 1, dim=0)), ("vector_norm(A, ord=inf)", lambda: L.vector_norm(A, ord=float('inf'))),
    ("vector_norm(A, 0.5, dim=1, keepdim=True)", lambda: L.vector_norm(A, 0.5, dim=1, keepdim=True)),
    ("matrix_norm(A)", lambda: L.matrix_norm(A)), ("matrix_norm(A, 1)", lambda: L.matrix_norm(A, 1)),
    ("matrix_norm(A, -inf)", lambda: L.matrix_norm(A, -float('inf'))), ("matrix_norm(v)", lambda: L.matrix_norm(v)),
    ("vector_norm(A, 'fro')", lambda: L.vector_norm(A, 'fro')), ("norm(A, 'fro', dim=1)", lambda: L.norm(A, 'fro', dim=1)),
    ("matrix_norm(A, 3)", lambda: L.matrix_norm(A, 3)), ("norm(int)", lambda: L.norm(torch.tensor([1, 2]))),
    ("norm(v, dim=0)", lambda: L.norm(v, dim=0)), ("norm(A, ord=2, dim=1)", lambda: L.norm(A, ord=2, dim=1)),
    ("matrix_norm(batch, keepdim=True)", lambda: L.matrix_norm(torch.arange(12.).reshape(2, 2, 3), keepdim=True)),
    ("matrix_norm(batch, 1)", lambda: L.matrix_norm(torch.arange(12.).reshape(2, 2, 3) - 5, 1)),
    ("matrix_norm(batch, inf, keepdim)", lambda: L.matrix_norm(torch.arange(12.).reshape(2, 2, 3) - 5, float('inf'), keepdim=True)),
    ("matrix_norm(A, 1, dim=(1, 0))", lambda: L.matrix_norm(A, 1, dim=(1, 0))),
    ("norm(A, 'fro', dim=(0, 1))", lambda: L.norm(A, 'fro', dim=(0, 1))), ("norm(A, 1, dim=(0, 1))", lambda: L.norm(A, 1, dim=(0, 1))),
    ("norm(zeros)", lambda: L.norm(torch.zeros(3, requires_grad=True))),
]
for text, f in calls:
    try:
        r = f()
        grads = []
        for t in (A, v):
            t.grad = None
        if r.requires_grad:
            r.sum().backward()
            grads = [t.grad for t in (A, v) if t.grad is not None]
        print(text, r, grads)
    except RuntimeError as e:
        print(text, "RuntimeError:", e)
    except TypeError as e:
        print(text, "TypeError:", e)
z = torch.zeros(3, requires_grad=True)
L.vector_norm(z).backward()
print(z.grad)
print(type(L.norm(A).grad_fn).__name__, type(L.norm(A, 1).grad_fn).__name__, type(L.norm(A, -1).grad_fn).__name__)
