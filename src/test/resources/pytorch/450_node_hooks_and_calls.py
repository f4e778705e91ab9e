# Findings #143 and #102 (Autograd mechanics, "Backward hooks execution"), checked against torch 1.13:
# grad_fn.register_prehook(fn) gets the node's output gradients and grad_fn.register_hook(fn) its
# input gradients and output gradients; a returned tuple replaces them; the handles remove them.
# Before a node runs, its pre-hooks, its tensor's hooks and retain_grad take turns in the order each
# kind was first registered. A leaf's AccumulateGrad runs its pre-hooks, the leaf's hooks, then its
# post-hooks, as soon as the leaf's gradient is complete; autograd.grad takes its inputs' gradients
# before hooks. Calling a grad_fn applies its backward.
import torch
torch.set_default_dtype(torch.float64)

a = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor([3., 4.])
b = a * w
h = b.grad_fn.register_hook(lambda gi, go: print('post', gi, go))
h2 = b.grad_fn.register_prehook(lambda go: print('pre', go))
print(type(h).__name__, type(h2).__name__, callable(b.grad_fn))
b.sum().backward()
print(a.grad)

a.grad = None
c = a * a
c.grad_fn.register_prehook(lambda go: (go[0] * 100,))
c.grad_fn.register_hook(lambda gi, go: print('post2', gi, go))
c.grad_fn.register_hook(lambda gi, go: (gi[0] + 1, gi[1] + 2))
c.grad_fn.register_hook(lambda gi, go: print('post3', gi, go))
c.sum().backward()
print(a.grad)

a.grad = None
d = a.exp()
h = d.grad_fn.register_hook(lambda gi, go: print('never'))
h.remove()
h.remove()
d.sum().backward()
print(a.grad)

a0 = torch.tensor([1., 2.], requires_grad=True)
e = a0 * 2
acc = e.grad_fn.next_functions[0][0]
acc.register_hook(lambda gi, go: print('acc post', gi, go))
acc.register_prehook(lambda go: print('acc pre', go))
e.sum().backward()
print(a0.grad)

# calling nodes
x = torch.tensor([1., 2.], requires_grad=True)
c = x.exp()
print(c.grad_fn(torch.ones(2)))
m = x * w
print(m.grad_fn(torch.ones(2)), m.grad_fn(None))
s = x.sum()
print(s.grad_fn(torch.tensor(1.)))
acc = m.grad_fn.next_functions[0][0]
print(acc(torch.ones(2)), x.grad)
with torch.no_grad():
    print(c.grad_fn(torch.ones(2)))
for f in [lambda: m.grad_fn(), lambda: m.grad_fn(torch.ones(2), torch.ones(2)), lambda: m.grad_fn(1.0),
          lambda: m.grad_fn(torch.ones(3)), lambda: m.grad_fn(grad=torch.ones(2))]:
    try:
        print(f())
    except (TypeError, RuntimeError) as ex:
        print(type(ex).__name__, ex)
m.sum().backward()
try:
    m.grad_fn(torch.ones(2))
except RuntimeError as ex:
    print(ex)

# turns before a node: pre-hooks, tensor hooks, retain_grad, in the order each kind came first
def run(order):
    b = a * 3
    for o in order:
        if o == 'T': b.register_hook(lambda g: print('  T', g) or g * 2)
        if o == 'R': b.retain_grad()
        if o == 'P': b.grad_fn.register_prehook(lambda go: print('  P', go) or (go[0] * 10,))
        if o == 'H': b.grad_fn.register_hook(lambda gi, go: print('  H', gi, go))
    b.sum().backward()
    print(order, b.grad if 'R' in order else '')
for o in ['TR', 'RT', 'PT', 'TP', 'RP', 'PR', 'TPT', 'RPT', 'TRT', 'HTP', 'PTRP']:
    run(o)

# the finding's program (#102): retain_grad first keeps the gradient before the hook
a2 = torch.tensor([1., 2.], requires_grad=True)
b2 = a2 * 1
b2.retain_grad()
b2.register_hook(lambda g: g * 10)
b2.sum().backward()
print(b2.grad, a2.grad)

# leaves: AccumulateGrad's pre-hooks, the leaf's hooks, its post-hooks (given the gradient before the leaf's hooks)
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 1
acc = y.grad_fn.next_functions[0][0]
acc.register_prehook(lambda go: print('  acc P', go) or (go[0] * 10,))
x.register_hook(lambda g: print('  leaf T', g) or g * 2)
acc.register_hook(lambda gi, go: print('  acc H', gi, go))
z = y * 1 + x
z.sum().backward()
print(x.grad)

# a leaf's hooks run as soon as its gradient is complete (the last layer's first)
w1 = torch.tensor([1., 2.], requires_grad=True)
w2 = torch.tensor([3., 4.], requires_grad=True)
w1.register_hook(lambda g: print('w1', g))
w2.register_hook(lambda g: print('w2', g))
hh = w1 * 2
hh.register_hook(lambda g: print('hh', g))
(hh.exp() * w2).sum().backward()

# autograd.grad: its inputs' gradients before hooks; leaves' hooks do not run
b = a * 3
b.register_hook(lambda g: print(' T', g) or g * 2)
b.grad_fn.register_prehook(lambda go: print(' P', go) or (go[0] * 10,))
b.grad_fn.register_hook(lambda gi, go: print(' H', gi, go))
print(torch.autograd.grad(b.sum(), [b, a]))
b = a * 3
b.register_hook(lambda g: print(' T', g) or g * 2)
print(torch.autograd.grad(b.sum(), [b]))
x = torch.tensor([1., 2.], requires_grad=True)
x.register_hook(lambda g: print('  leaf T', g) or g * 2)
print(torch.autograd.grad((x * 1).sum(), x))

# backward(inputs=[b]) runs b's node: its post-hooks get None
b = a * 3
b.register_hook(lambda g: print(' T', g) or g * 2)
b.grad_fn.register_prehook(lambda go: print(' P', go) or (go[0] * 10,))
b.grad_fn.register_hook(lambda gi, go: print(' H', gi, go))
a.grad = None
(b * b).sum().backward(inputs=[b])
print(b.grad, a.grad)

# a pre-hook sees the node's whole gradient once
b = a * 3
b.grad_fn.register_prehook(lambda go: print(' P once', go))
(b * 2 + b * 5).sum().backward()
print(a.grad)

# what hooks may return
for ret in [lambda gi, go: 5, lambda gi, go: (1,), lambda gi, go: (torch.ones(2),), lambda gi, go: (torch.ones(3), None),
            lambda gi, go: [torch.ones(2), None], lambda gi, go: (None, None), lambda gi, go: (1, None),
            lambda gi, go: (torch.ones(2, dtype=torch.int64), None), lambda gi, go: (None, torch.ones(2))]:
    e = a * 3
    e.grad_fn.register_hook(ret)
    a.grad = None
    try:
        e.sum().backward()
        print('ok', a.grad)
    except (TypeError, RuntimeError) as ex:
        print(type(ex).__name__, ex)
for ret in [lambda go: 5, lambda go: (torch.ones(3),), lambda go: [torch.ones(2)], lambda go: (None,), lambda go: (),
            lambda go: ('x',), lambda go: (torch.ones(2, dtype=torch.int64),)]:
    e = a * 3
    e.grad_fn.register_prehook(ret)
    a.grad = None
    try:
        e.sum().backward()
        print('ok', a.grad)
    except (TypeError, RuntimeError) as ex:
        print(type(ex).__name__, ex)
b = a * 3
def bad(gi, go):
    raise ValueError('boom')
b.grad_fn.register_hook(bad)
try:
    b.sum().backward()
except ValueError as ex:
    print('ValueError', ex)

# 0-d graphs (adjoint's scalar pass hands hooked nodes and leaves to the full pass)
p = torch.tensor(2., requires_grad=True)
q = torch.tensor(3., requires_grad=True)
p.register_hook(lambda g: print('p', g))
q.register_hook(lambda g: print('q', g) or g * 2)
r = p * 2
r.retain_grad()
r.register_hook(lambda g: print('r', g) or g + 1)
out = (r * q).tanh() + q * q
out.backward()
print(p.grad, q.grad, r.grad)
out2 = (p * p).exp()
out2.grad_fn.register_prehook(lambda go: print('exp pre', go))
out2.backward()
print(p.grad)
