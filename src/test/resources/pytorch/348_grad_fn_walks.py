# The 60-minute blitz walks back from the loss through grad_fn.next_functions and prints the nodes'
# names; composites (linear, the binary cross entropies, stack, masked_fill) are PyTorch's single
# nodes, a Python number given to a scalar overload (x ** 2, 1 - x) is no input, and 1 / x is
# x.reciprocal() * 1 (MulBackward0 over ReciprocalBackward0), with its gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


net = Net()
out = net(torch.randn(5, 4))
loss = nn.MSELoss()(out, torch.randn(5, 2))
print(type(loss.grad_fn).__name__)
print(type(loss.grad_fn.next_functions[0][0]).__name__)
print(type(loss.grad_fn.next_functions[0][0].next_functions[0][0]).__name__)


def names(f):
    return [None if n is None else type(n).__name__ for n, _ in f.next_functions]


def walk(t):
    node, seen = t.grad_fn, []
    while node is not None:
        seen.append((type(node).__name__, names(node)))
        nexts = [n for n, _ in node.next_functions if n is not None]
        node = nexts[0] if nexts else None
    return seen


print(walk(loss))
x = torch.randn(2, 3, requires_grad=True)
y = torch.tensor([0, 2])
lin = nn.Linear(3, 3)
cases = [
    ("1 / x", 1 / x), ("2.5 / x", 2.5 / x), ("x / 2", x / 2), ("1 - x", 1 - x), ("x ** 2", x ** 2),
    ("2 * x", 2 * x), ("2 + x", 2 + x), ("x.square()", x.square()), ("x.reciprocal()", x.reciprocal()),
    ("x.abs().rsqrt()", x.abs().rsqrt()), ("lin(x)", lin(x)), ("lin(3-d)", lin(torch.randn(2, 2, 3))),
    ("F.linear no bias", F.linear(x, lin.weight)), ("addmm", torch.addmm(lin.bias, x, lin.weight)),
    ("bce", F.binary_cross_entropy(torch.sigmoid(x), torch.ones(2, 3))),
    ("bce weight", F.binary_cross_entropy(torch.sigmoid(x), torch.ones(2, 3), weight=torch.ones(3))),
    ("bce logits", F.binary_cross_entropy_with_logits(x, torch.ones(2, 3))),
    ("bce logits pos_weight", F.binary_cross_entropy_with_logits(x, torch.ones(2, 3), pos_weight=torch.ones(3))),
    ("BCELoss", nn.BCELoss()(torch.sigmoid(x), torch.zeros(2, 3))),
    ("cross_entropy label_smoothing", F.cross_entropy(x, y, label_smoothing=0.1)),
    ("cross_entropy probabilities", F.cross_entropy(x, torch.softmax(torch.ones(2, 3), 1))),
    ("stack", torch.stack([x, x * 2])), ("masked_fill", x.masked_fill(x > 0, 0.0)),
    ("mse", F.mse_loss(x, torch.zeros(2, 3))), ("cross_entropy", F.cross_entropy(x, y)),
    ("std", x.std()), ("norm", x.norm()),
]
for name, t in cases:
    print(name, type(t.grad_fn).__name__, names(t.grad_fn))

# values and gradients of the rebuilt nodes
z = torch.tensor([0.5, -2.0, 3.0], requires_grad=True)
r = 2.5 / z
r.sum().backward()
print(r, z.grad)
print((1 / torch.tensor([3, 4])).dtype, 1 / torch.tensor([3, 4]), 7 / torch.tensor(3.0))
p = torch.tensor([[0.2, 0.9, 0.5], [0.999, 0.01, 0.3]], requires_grad=True)
t = torch.tensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.25]], requires_grad=True)
for reduction in ["mean", "sum", "none"]:
    p.grad, t.grad = None, None
    l = F.binary_cross_entropy(p, t, weight=torch.tensor([1.0, 2.0, 0.5]), reduction=reduction)
    l.sum().backward()
    print(reduction, l, p.grad, t.grad)
    p.grad, t.grad = None, None
    l = F.binary_cross_entropy_with_logits(p * 8 - 4, t, pos_weight=torch.tensor([3.0, 1.0, 0.5]), reduction=reduction)
    l.sum().backward()
    print(reduction, l, p.grad, t.grad)
print(F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
print(F.binary_cross_entropy_with_logits(torch.tensor([-800.0, 800.0, 0.0]), torch.tensor([1.0, 0.0, 0.5])))
w = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, requires_grad=True)
xb = torch.randn(2, 5, 4, requires_grad=True)
o = F.linear(xb, w, b)
o.pow(2).sum().backward()
print(o.shape, type(o.grad_fn).__name__, names(o.grad_fn), names(o.grad_fn.next_functions[0][0]))
print(w.grad, b.grad, xb.grad[1])
s = torch.stack([z, z * 2], dim=1)
s.sum().backward()
print(s, z.grad)
q = torch.tensor([0.3, -1.2, 2.0], requires_grad=True)
print(torch.autograd.gradcheck(lambda a, c: (a.sin() * c ** 2).sum(), (q, q)))
