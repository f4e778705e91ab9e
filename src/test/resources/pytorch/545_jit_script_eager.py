# torch.jit as adjoint has it: torch.jit.script of a module or a function computes what the eager one does
# (adjoint returns it itself, with a warning), the decorators that leave functions as they are, is_scripting;
# torch.jit.trace is refused by adjoint (its replay drops Python control flow). Recorded from torch 1.13.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 2))
x = torch.randn(3, 4)
s = torch.jit.script(m)
print(torch.equal(s(x), m(x)), s(x).tolist())
s(x).sum().backward()
print(m[0].bias.grad)
@torch.jit.script
def g(a):
    if a.sum() > 0:
        return a.relu() * 2
    return -a
print(g(torch.tensor([-1., 2.])), g(torch.tensor([-3., 2.])))
@torch.jit.ignore
def h(a): return a
@torch.jit.unused
def u(a): return a + 1
print(h(3), u(4), torch.jit.is_scripting(), torch.jit.is_tracing())
