# Finding #127 (in-place view ops), checked against torch 1.13: t_, transpose_, swapdims_, swapaxes_,
# squeeze_ and unsqueeze_ keep the tensor's identity, raise its version and give it the new layout
# without moving its data (views and detach() made before see the same storage); a non-leaf records
# TBackward1, TransposeBackward1, SqueezeBackward2/3, UnsqueezeBackward1; a leaf that requires grad refuses.
import torch
torch.set_default_dtype(torch.float64)
b = torch.ones(3) * 2
print(b._version)
b.unsqueeze_(0); print(b.shape, b._version)
b.squeeze_(); print(b.shape, b._version)
b.unsqueeze_(1).unsqueeze_(0); print(b.shape)
b.squeeze_(0); print(b.shape)
c = torch.arange(6.).view(2, 3)
print(c.t_() is c, c.shape, c._version, c.is_contiguous(), c.stride(), c._base)
print(c)
c.transpose_(0, 1); print(c.shape, c._version, c.is_contiguous())
c.swapdims_(0, 1); c.swapaxes_(1, 0); print(c.shape, c._version)
try:
    c.t_().view(-1)
except RuntimeError as e:
    print("RuntimeError", e)
print(c.reshape(-1))
x = torch.ones(2, 3, requires_grad=True)
for f in [lambda: x.unsqueeze_(0), lambda: x.t_(), lambda: x.squeeze_(), lambda: x.transpose_(0, 1)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
print(x.shape, x._version)
y = x * 2
y.t_()
print(y.grad_fn.name(), y.grad_fn.next_functions[0][0].name(), y.shape, y._version, y.is_leaf)
y.unsqueeze_(0); print(y.grad_fn.name(), y.shape)
y.squeeze_(0); print(y.grad_fn.name())
y.squeeze_(); print(y.grad_fn.name())
y.transpose_(0, 1); print(y.grad_fn.name(), y._version)
y.swapdims_(0, -1); print(y.grad_fn.name(), y.shape)
(y * torch.arange(6.).view(3, 2)).sum().backward()
print(x.grad)
x.grad = None
for f in [lambda v: v.t_(), lambda v: v.transpose_(0, 0), lambda v: v.squeeze_(), lambda v: v.squeeze_(0), lambda v: v.unsqueeze_(1)]:
    v = torch.ones(3, requires_grad=True) * 1
    f(v)
    print(v.grad_fn.name(), v.shape, v._version)
s = torch.tensor(2., requires_grad=True) * 1
s.t_(); s.unsqueeze_(0); s.squeeze_(); s.transpose_(0, -1)
print(s.grad_fn.name(), s.shape, s._version)
v = x[0]
try:
    v.unsqueeze_(0)
except RuntimeError as e:
    print("RuntimeError", e)
w = x * 1
u = w[0]
u.unsqueeze_(0)
print(u.shape, u.grad_fn.name(), u.grad_fn.next_functions[0][0].name(), w.grad_fn.name(), w._version, u._base is w)
u.t_()
print(u.shape, u.storage_offset(), u.is_contiguous(), u._base is w)  # u.stride() is (1, 3) in PyTorch, (1, 1) here: a size-1 dim's stride is not kept
(u * torch.tensor([[1.], [2.], [3.]])).sum().backward()
print(x.grad)
x.grad = None
w[0, 1] = 5
print(u, w)
with torch.no_grad():
    x.unsqueeze_(0)
print(x.shape, x._version, x.is_leaf, x.grad_fn)
q = torch.ones(2, 1, 3)
r = q.view(2, 3)
q.squeeze_(1)
print(q.shape, r.shape, r._base is q)
d = torch.arange(6.).view(2, 3)
e = d.detach()
d.t_()
d[0, 1] = 100
print(e, e.shape, d._version, e._version, e._base)
f = torch.ones(3)
f.squeeze_(); print(f._version)
g = torch.tensor(5.)
g.unsqueeze_(0); print(g, g.shape)
g.squeeze_(); print(g, g.shape)
