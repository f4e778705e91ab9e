# Hooks on a backward node and its saved values around backward, as PyTorch 1.13 runs them: the tensor's
# hook, then the node's pre-hook (grad_outputs) before the node runs, its hook (grad_inputs, grad_outputs)
# after, whose returned tuple replaces grad_inputs; handle.remove(); saved tensors stay after
# backward(retain_graph=True) and are freed after a backward without it (PyTorch's RuntimeError, for the
# inputs, the result and the other saved tensors alike) while the saved numbers and sizes stay readable;
# hooks registered on a node before an in-place change stay with that node
import torch
torch.set_default_dtype(torch.float64)
def L(ts):
    return [None if t is None else t.tolist() for t in ts]
a = torch.tensor([1.0, 2.0], requires_grad=True)
y = a * 3
z = y.sum()
order = []
y.register_hook(lambda g: order.append(('tensor y', g.tolist())))
h1 = y.grad_fn.register_prehook(lambda go: order.append(('pre y', type(go).__name__, L(go))))
h2 = y.grad_fn.register_hook(lambda gi, go: (order.append(('post y', L(gi), L(go))), (gi[0] * 10, None))[1])
a.register_hook(lambda g: order.append(('tensor a', g.tolist())))
print(type(h1).__name__, type(h2).__name__, hasattr(y.grad_fn, 'register_prehook'))
z.backward(retain_graph=True)
for o in order:
    print(o)
print(a.grad, y.grad_fn._saved_other, y.grad_fn._saved_self)
order.clear()
a.grad = None
h2.remove()
h1.remove()
z.backward()
for o in order:
    print(o)
print(a.grad)
try:
    y.grad_fn._saved_other
except RuntimeError as e:
    print('RuntimeError:', e)
print(y.grad_fn._saved_self, y.grad_fn.name(), y.grad_fn.metadata)
seen = []
w = a.exp()
w.grad_fn.register_hook(lambda gi, go: seen.append((type(gi).__name__, len(gi), len(go))))
w.sum().backward()
print(seen)
for n in ['_saved_result']:
    try:
        getattr(w.grad_fn, n)
    except RuntimeError as e:
        print(n, 'RuntimeError:', str(e)[:60])
b = torch.tensor([[1.0, -2.0], [0.5, 3.0]], requires_grad=True)
s = b.sum(1, keepdim=True)
m = b.max(1).values
t = torch.tensor([1, 0])
loss = torch.nn.functional.nll_loss(b.log_softmax(1), t)
torch.autograd.grad(loss + s.sum(), b, retain_graph=True)
print(loss.grad_fn._saved_target, loss.grad_fn._saved_total_weight)
torch.autograd.grad(loss + s.sum(), b)
print(s.grad_fn._saved_dim, s.grad_fn._saved_keepdim, s.grad_fn._saved_self_sym_sizes, loss.grad_fn._saved_reduction, loss.grad_fn._saved_ignore_index)
for n in ['_saved_target', '_saved_total_weight', '_saved_weight', '_saved_self']:
    try:
        print(n, getattr(loss.grad_fn, n))
    except RuntimeError as e:
        print(n, 'RuntimeError:', str(e)[:60])
# an in-place change makes a new node: the hooks registered on the old one stay with it (and its handle
# still removes them), the new node runs its own first
a2 = torch.tensor([1.0, 2.0], requires_grad=True)
y2 = a2 * 2
g2 = y2.grad_fn
hp = g2.register_prehook(lambda go: print('pre old', L(go)))
hq = g2.register_hook(lambda gi, go: print('post old', L(gi), L(go)))
y2.mul_(3)
y2.grad_fn.register_hook(lambda gi, go: print('post new', type(y2.grad_fn).__name__, L(gi), L(go)))
(y2 * torch.tensor([1.0, 10.0])).sum().backward(retain_graph=True)
print(a2.grad)
hq.remove()
(y2 * torch.tensor([1.0, 10.0])).sum().backward()
print(a2.grad)
