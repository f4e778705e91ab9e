# X53: a weight's gradient takes the weight's layout (AccumulateGrad's layout contract: w.grad of a contiguous w is
# contiguous, that of a transposed leaf is transposed, so their sums add up in different orders), and a matrix
# product's gradient for a column-major operand (x @ w.t(), nn.Linear) is computed as PyTorch 1.13's mm backward
# computes it, as the transpose of the transposed product (OpenBLAS adds that up in another order).
# Recorded from torch 1.13 on one thread.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def show(name, t):
    print(name, tuple(t.shape), t.stride(), t.is_contiguous(), t.sum().item(), t.contiguous().sum().item(), t.t().sum().item())
    print(t.flatten().tolist()[-12:])


for (n, k, m) in [(5, 7, 3), (33, 129, 17), (128, 300, 100)]:
    x = torch.randn(n, k, requires_grad=True)
    w = torch.randn(m, k, requires_grad=True)
    g = torch.randn(n, m)
    (x @ w.t()).backward(g)
    show("w.grad", w.grad)
    show("x.grad", x.grad)
    x.grad = None
    w.grad = None
    torch.nn.functional.linear(x, w).backward(g)
    show("linear w.grad", w.grad)
    w2 = torch.randn(k, m).t().requires_grad_()
    (x @ w2.t()).backward(g)
    show("transposed leaf w2.grad", w2.grad)
    (x @ w2.t()).backward(g)
    show("accumulated w2.grad", w2.grad)
    w3 = torch.randn(k, m, requires_grad=True)
    xt = torch.randn(k, n).t().requires_grad_()
    (xt @ w3).backward(g)
    show("w3.grad", w3.grad)
    show("transposed leaf xt.grad", xt.grad)
lin = nn.Linear(20, 6)
x = torch.randn(16, 20)
lin(x).tanh().sum().backward()
show("Linear weight.grad", lin.weight.grad)
print(lin.bias.grad.tolist())
