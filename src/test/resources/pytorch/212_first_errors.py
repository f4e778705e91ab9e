# The errors students hit first (PyTorch's messages), caught and printed, then one left uncaught
# (three that differ are in tester-findings: cross_entropy's IndexError, nll_loss's 0D/1D, float() of 2 values)
import torch
from torch import nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).split("\n")[0])

x = torch.ones(3, requires_grad=True)
def twice():
    y = (x * x).sum()
    y.backward()
    y.backward()
attempt("backward twice", twice)
attempt("non-scalar backward", lambda: (x * 2).backward())
attempt("numpy of requires_grad", lambda: x.numpy())
attempt("item of 3 elements", lambda: x.item())
attempt("matmul shapes", lambda: torch.ones(2, 3) @ torch.ones(2, 3))
attempt("mm shapes", lambda: torch.mm(torch.ones(2, 3), torch.ones(2, 3)))
attempt("linear input", lambda: nn.Linear(4, 2)(torch.ones(5, 3)))
attempt("index out of range", lambda: torch.arange(3)[5])
attempt("view non-contiguous", lambda: torch.ones(2, 3).t().view(6))
attempt("cat sizes", lambda: torch.cat([torch.ones(2, 2), torch.ones(3, 3)], dim=1))
attempt("no grad_fn", lambda: torch.ones(2).sum().backward())
attempt("broadcast", lambda: torch.ones(2, 3) + torch.ones(3, 2))
attempt("reshape", lambda: torch.arange(6).reshape(4, 2))
attempt("leaf in-place", lambda: x.add_(1))
attempt("mse shapes", lambda: F.mse_loss(torch.ones(2), torch.ones(2, 2)))
attempt("int requires grad", lambda: torch.tensor([1, 2], requires_grad=True))
attempt("grad of non-leaf is None", lambda: print((x * 2).grad))
attempt("dim out of range", lambda: torch.ones(2, 3).sum(dim=2))
attempt("squeeze ok", lambda: torch.ones(1, 3).squeeze(0))
attempt("tensor from ragged list", lambda: torch.tensor([[1, 2], [3]]))
attempt("stack shapes", lambda: torch.stack([torch.ones(2), torch.ones(3)]))
attempt("softmax no dim", lambda: F.softmax(torch.ones(2, 2), dim=3))
attempt("optimizer empty", lambda: torch.optim.SGD([], lr=0.1))
attempt("bool ambiguous", lambda: bool(torch.tensor([1, 2]) > 0))
attempt("len of 0-d", lambda: len(torch.tensor(1.0)))
attempt("iterate 0-d", lambda: list(torch.tensor(1.0)))
attempt("expand", lambda: torch.ones(2, 3).expand(3, 3))
attempt("detach then backward", lambda: (x.detach() * 2).sum().backward())
attempt("unknown kwarg", lambda: torch.ones(2).sum(axis=0))
loss = nn.Linear(4, 2)(torch.ones(5, 3)).sum()  # uncaught, as a student first meets it
