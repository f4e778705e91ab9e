# Typical first-week mistakes, each caught as the student's try/except would, with PyTorch's exception type
# and first line: forgetting zero_grad, updating outside no_grad, backward twice, in-place on a leaf,
# non-scalar backward, shapes, dtypes, conversions, w = w - lr * w.grad; tensor idioms and slips (int64
# means and divisions, views of transposes, cat/stack/index shapes, max/argmax forms, losses and their
# targets, empty reductions, NaN and infinities); autograd slips in hand-written training loops (a hidden
# state reused across steps, rebinding the weight under no_grad, zeroing a missing grad, backward(inputs=),
# retain_graph, detach)
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])

# 1. forgetting optimizer.zero_grad(): gradients accumulate
w = torch.tensor([1.0, -1.0], requires_grad=True)
x = torch.tensor([2.0, 3.0])
for step in range(3):
    loss = (w * x).sum() ** 2
    loss.backward()
    print(step, w.grad)
w.grad = None
print(w.grad)

# 2. the update outside torch.no_grad()
show(lambda: w.sub_(0.1 * torch.ones(2)))
def update_outside():
    global w
    w -= 0.1
show(update_outside)

# 3. w = w - lr * w.grad makes w a non-leaf: the next step has no grad
w = torch.tensor([1.0, -1.0], requires_grad=True)
loss = (w * x).sum() ** 2
loss.backward()
w = w - 0.01 * w.grad
print(w.is_leaf, w.grad_fn is not None)
loss = (w * x).sum() ** 2
loss.backward()
print(w.grad)
show(lambda: w - 0.01 * w.grad)

# 4. backward twice
a = torch.tensor(2.0, requires_grad=True)
b = a.exp() * a
b.backward()
show(lambda: b.backward())
c = (a * a)
c.backward(retain_graph=True)
c.backward()
print(a.grad)

# 5. non-scalar backward and grad of a non-leaf
v = torch.tensor([1.0, 2.0], requires_grad=True)
u = v * 2
show(lambda: u.backward())
u.sum().backward()
print(u.grad, v.grad)

# 6. shapes
A = torch.ones(3, 4)
show(lambda: A @ torch.ones(3))
show(lambda: A.mm(torch.ones(3, 2)))
show(lambda: torch.nn.Linear(5, 2)(A))
show(lambda: A + torch.ones(3))
show(lambda: A.view(5, -1))
show(lambda: torch.cat([A, torch.ones(2, 3)]))
show(lambda: torch.nn.functional.cross_entropy(torch.ones(3, 4), torch.tensor([[1], [0], [2]])))
show(lambda: torch.nn.functional.mse_loss(torch.ones(3), torch.ones(3, 1)).shape)

# 7. dtypes
show(lambda: torch.tensor([1, 2], requires_grad=True))
show(lambda: torch.nn.functional.cross_entropy(torch.ones(2, 3), torch.tensor([0.0, 1.0])))
show(lambda: torch.nn.functional.nll_loss(torch.ones(2, 3), torch.tensor([0.0, 1.0])))

# 8. conversions
loss = torch.tensor(0.25)
show(lambda: torch.ones(3).item())
show(lambda: int(torch.ones(2)))
show(lambda: torch.ones(2, requires_grad=True).numpy())
show(lambda: torch.ones(2, requires_grad=True).tolist())
show(lambda: float(torch.tensor([2.5])))

# 9. optimizers given the wrong thing
model = torch.nn.Linear(2, 1)
show(lambda: torch.optim.SGD(model, lr=0.1))
show(lambda: torch.optim.SGD([], lr=0.1))
show(lambda: torch.optim.SGD(model.parameters()))

# 10. tensor idioms and slips
labels = torch.tensor([1, 0, 2, 2])
show(lambda: labels.mean())
show(lambda: labels.sum() / len(labels))
show(lambda: (labels == torch.tensor([1, 1, 2, 0])).sum().item() / 4)
show(lambda: torch.arange(5) / 2)
show(lambda: torch.tensor(3) / torch.tensor(2))
show(lambda: torch.tensor(7) // torch.tensor(2))
show(lambda: torch.tensor(-7) // 2)
x = torch.arange(6.).reshape(2, 3)
show(lambda: x.t().view(-1))
show(lambda: x.t().reshape(-1))
show(lambda: x.t().contiguous().view(-1))
show(lambda: torch.cat((x, x), dim=2))
show(lambda: torch.stack([x, x[:, :2]]))
show(lambda: x[2])
show(lambda: x[:, 3])
show(lambda: x.sum(dim=2))
show(lambda: x.max(1)[1])
show(lambda: torch.max(x, 1)[1])
show(lambda: torch.max(x, 0).values)
show(lambda: x.argmax())
show(lambda: F.softmax(x, dim=1).sum(1))
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])
show(lambda: F.cross_entropy(logits, torch.tensor([0, 2]), reduction="sum"))
show(lambda: F.nll_loss(F.log_softmax(logits, dim=1), torch.tensor([0, 2])))
show(lambda: F.cross_entropy(logits[0], torch.tensor(0)))
show(lambda: F.binary_cross_entropy(torch.tensor([0.5, 1.5]), torch.tensor([1.0, 0.0])))
show(lambda: F.binary_cross_entropy(torch.sigmoid(torch.tensor([0.5, -1.0])), torch.tensor([1, 0])))
show(lambda: torch.nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([1, 2])))
show(lambda: torch.zeros(3).long() + 0.5)
show(lambda: torch.tensor([True, False]) + 1)
show(lambda: torch.tensor([True, False]).sum())
show(lambda: torch.tensor([1.5, 2.5]).long())
show(lambda: torch.tensor([0.5, 1.5, 2.5, -0.5]).round())
show(lambda: torch.ones(3)[torch.tensor([0, 2])])
show(lambda: torch.ones(3)[[True, False, True]])
show(lambda: torch.randn(3, 4).shape == (3, 4))
show(lambda: list(torch.ones(2, 3).size()))
show(lambda: torch.ones(2, 3).size(1))
show(lambda: torch.ones(2, 3).shape[-1])
show(lambda: torch.zeros(2).new_tensor([1, 2]))
show(lambda: torch.tensor([[1, 2], [3]]))
show(lambda: torch.tensor([]).mean())
show(lambda: torch.tensor([]).sum())
show(lambda: torch.tensor([]).max())
show(lambda: torch.ones(2).dot(torch.ones(3)))
show(lambda: torch.ones(2, 3).squeeze(0).shape)
show(lambda: torch.ones(1, 3).squeeze().shape)
show(lambda: torch.ones(3).unsqueeze(1).shape)
show(lambda: torch.ones(3).expand(2, 3).sum())
show(lambda: torch.ones(3).expand(3, 2))
show(lambda: torch.ones(2, 3).transpose(0, 2))
show(lambda: torch.ones(4).view(2, 2).is_contiguous())
show(lambda: torch.ones(4).view(2, 2).t().is_contiguous())
show(lambda: torch.tensor(2.0, requires_grad=True) ** 2)
show(lambda: 2 ** torch.tensor([1.0, 2.0]))
show(lambda: torch.tensor([4.0]).sqrt().item())
show(lambda: torch.sqrt(torch.tensor(-1.0)))
show(lambda: torch.log(torch.tensor([0.0, -1.0])))
show(lambda: torch.tensor([1.0, float("nan")]).max())

# 11. autograd slips in a hand-written loop
W = torch.tensor([[0.5, -0.2], [0.1, 0.3]], requires_grad=True)
h = torch.zeros(1, 2) + 0.5
def rnn_steps(detach):
    global h
    for t in range(3):
        h = torch.tanh(h @ W + 0.1)
        loss = h.sum()
        loss.backward()
        if detach:
            h = h.detach()
    return W.grad
show(lambda: rnn_steps(False))
W.grad = None
h = torch.zeros(1, 2) + 0.5
show(lambda: rnn_steps(True))

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([0.5, -1.0])
loss = (w * x).sum() ** 2
loss.backward()
with torch.no_grad():
    w = w - 0.1 * w.grad
print(w.requires_grad, w.is_leaf, w.grad)
show(lambda: ((w * x).sum() ** 2).backward())
w.requires_grad_()
((w * x).sum() ** 2).backward()
print(w.grad)

v = torch.tensor([1.0, 2.0], requires_grad=True)
show(lambda: v.grad.zero_())
(v * v).sum().backward()
v.grad.zero_()
print(v.grad)
v.grad.data.add_(1.0)
print(v.grad)

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
c = a * b + a ** 2
c.backward(inputs=[b])
print(a.grad, b.grad)
c = a * b + a ** 2
c.backward(retain_graph=True)
c.backward()
print(a.grad, b.grad)
show(lambda: c.backward(inputs=[]))
show(lambda: torch.autograd.grad(c, [a, b], retain_graph=True))
d = (a * b).detach()
show(lambda: d.backward())
e = a.detach().requires_grad_()
(e * 2).backward()
print(e.grad, a.grad)

t = torch.ones(3, requires_grad=True)
u = t * 2
u.retain_grad()
(u ** 2).sum().backward()
print(u.grad, t.grad)
show(lambda: u.requires_grad_(False))
show(lambda: t[0].requires_grad_(False))
with torch.no_grad():
    z = t * 3
z.requires_grad_()
(z * z).sum().backward()
print(z.grad, z.is_leaf)
show(lambda: torch.tensor([1, 2]).requires_grad_())
