# The order a node's incoming gradients are added in: PyTorch's engine runs the nodes newest first
# (by sequence number), and each node's gradient is the sum of its consumers' contributions in the
# order they ran, ((g_newest + g_next) + ...). Floating-point sums do not associate, so another
# order (a depth-first walk's) changes the last bit: here x.grad is 0.6 in PyTorch, and
# 0.2 + 0.1 + 0.3 = 0.6000000000000001 in the depth-first order. Written for this check (the
# micrograd lecture's "a value used several times" graphs), recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor(1.0, requires_grad=True)
a = x * 0.1
b = x * 0.2
c = x * 0.3
y = (c + a) + b
y.backward()
print(x.grad.item())

v = torch.tensor([1.0, 2.0], requires_grad=True)
p, q, r, s = v * 0.1, v * 0.7, v * 0.2, v * 0.3
(((s + p) + r) + q).sum().backward()
print(v.grad.tolist())

w = torch.tensor(3.0, requires_grad=True)
h = w * 1.0
h.retain_grad()
t1, t2, t3 = h * 0.1, h * 0.2, h * 0.3
z = t3 + (t1 + t2) * 1.0
z.backward()
print(h.grad.item(), w.grad.item())

u = torch.tensor(0.5, requires_grad=True)
terms = [u * k for k in (0.1, 0.7, 0.2, 0.3, 0.4)]
total = terms[3] + terms[0] + terms[4] + terms[2] + terms[1]
(g,) = torch.autograd.grad(total, u, create_graph=True)
print(g.item())

m = torch.tensor([[0.1, 0.2], [0.3, 0.4]], requires_grad=True)
e1, e2, e3 = m.exp(), m.sin(), m * 0.3
(e3 + e1 + e2).sum().backward()
print(m.grad.tolist())
