# Autograd slips a student makes in a hand-written training loop (each caught as a try/except would, with
# PyTorch's exception type and first line): a hidden state reused across steps, an update that rebinds the
# weight under no_grad, zeroing a gradient that does not exist yet, backward(inputs=...), retain_graph
import torch
torch.set_default_dtype(torch.float64)

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])

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
