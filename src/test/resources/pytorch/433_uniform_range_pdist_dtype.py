# uniform_'s [from, to) check (Tensor.uniform_, nn.init.uniform_, nn.init.trunc_normal_ with a > b),
# and pdist of integer tensors refused (tester S3, S15; torch 1.13).
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: torch.empty(2).uniform_(2., 1.))
attempt(lambda: torch.empty(2).uniform_(123456789., 1.))
attempt(lambda: torch.empty(2).uniform_(1e-7, 3e-8))
attempt(lambda: torch.empty(2).uniform_(1., 1.))
attempt(lambda: nn.init.uniform_(torch.empty(2), a=0.5, b=-0.5))
attempt(lambda: nn.init.trunc_normal_(torch.empty(2), a=2., b=1.))
attempt(lambda: torch.pdist(torch.tensor([[1, 2], [3, 4]])))
attempt(lambda: torch.pdist(torch.tensor([[1., 2.], [3., 4.]])))
attempt(lambda: torch.pdist(torch.ones(3, dtype=torch.long)))
