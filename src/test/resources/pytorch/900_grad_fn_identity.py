# A backward node is one Python object for its life ("Autograd mechanics", the tutorials' graph walks):
# y.grad_fn is y.grad_fn, the entries of next_functions are the same objects as the nodes they name
# (AccumulateGrad of a leaf too), metadata is a dict kept with the node, nodes work as dict keys and set
# members by identity, and an in-place change makes a new node while the old object stays the old node
import torch
torch.set_default_dtype(torch.float64)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
y = a * b
z = y.exp().sum()
print(y.grad_fn is y.grad_fn, y.grad_fn == y.grad_fn)
e = z.grad_fn.next_functions[0][0]
print(type(e).__name__, e.next_functions[0][0] is y.grad_fn)
acc = y.grad_fn.next_functions[0][0]
print(type(acc).__name__, acc.name(), acc is y.grad_fn.next_functions[0][0], acc.variable is a)
print(acc is (a + 1).grad_fn.next_functions[0][0])
y.grad_fn.metadata['label'] = 'product'
print(y.grad_fn.metadata, e.next_functions[0][0].metadata, type(y.grad_fn.metadata).__name__)
acc.metadata['leaf'] = True
print(y.grad_fn.next_functions[0][0].metadata)
print(y.grad_fn.next_functions[1][0].metadata)
nodes = {y.grad_fn: 'y', e: 'exp', z.grad_fn: 'sum'}
print(nodes[z.grad_fn.next_functions[0][0].next_functions[0][0]], len({y.grad_fn, y.grad_fn, e}))
# a walk over the graph meets each node once when it compares by identity
seen, stack, order = set(), [z.grad_fn], []
while stack:
    n = stack.pop()
    if n is None or n in seen:
        continue
    seen.add(n)
    order.append(n.name())
    stack.extend(f for f, _ in n.next_functions)
print(order)
d = a * 2
d2 = d + b
old = d.grad_fn
old.metadata['before'] = 1
d.mul_(3)
print(type(old).__name__, type(d.grad_fn).__name__, old is d.grad_fn, d.grad_fn.next_functions[0][0] is old)
print(d2.grad_fn.next_functions[0][0] is old, old.metadata, d.grad_fn.metadata)
r = (a * b).sum()
print(r.grad_fn is r.grad_fn, r.grad_fn.next_functions[0][0] is r.grad_fn.next_functions[0][0])
# what else a node offers (dir() without PyTorch's internal _register_hook_dict and _raw_saved_ entries)
g = (a * b).grad_fn
print([n for n in dir(g) if not n.startswith('__') and not n.startswith('_raw') and n != '_register_hook_dict'])
print([n for n in dir(acc) if not n.startswith('__') and n != '_register_hook_dict'])
with torch.no_grad():
    print(g.requires_grad, acc.requires_grad, type(g.requires_grad).__name__)
