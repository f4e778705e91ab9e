# Tensor.register_hook (the autograd mechanics notes and the gentle intro: print an intermediate's
# gradient; a hook that returns a tensor replaces the gradient passed on; hooks run in order;
# handle.remove()); hooks on leaves change what is accumulated into .grad.
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
h = y.register_hook(lambda g: print("grad of y:", g))
(y ** 2).sum().backward()
print(x.grad, type(h).__name__)
h.remove()
h.remove()
x.grad = None
y = x * 3
y.register_hook(lambda g: g * 10)
y.register_hook(lambda g: print("second hook sees", g))
(y ** 2).sum().backward()
print(x.grad)

x.grad = None
x.register_hook(lambda g: g.clamp(max=5.0))
(x ** 3).sum().backward()
print(x.grad)
(x ** 3).sum().backward()
print(x.grad)

a = torch.tensor(2.0, requires_grad=True)
b = a * a
seen = []
b.register_hook(lambda g: seen.append(g.item()))
c = b * 3 + b
c.backward(retain_graph=True)
print(seen, a.grad)
print(torch.autograd.grad((b * 5), a, retain_graph=True), seen)

z = torch.tensor([1.0, -1.0], requires_grad=True)
u = z.exp()
u.register_hook(lambda g: torch.zeros(2))
u.sum().backward()
print(z.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print(e)
