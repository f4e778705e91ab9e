# Finding #101 (Autograd mechanics, "Hooks for saved tensors"), checked against torch 1.13: inside
# torch.autograd.graph.saved_tensors_hooks(pack, unpack), each recorded node packs the tensors it
# saves (inputs in order, then its output) as it is made; backward unpacks them before the node runs.
import torch
torch.set_default_dtype(torch.float64)
def pack_hook(x):
    print("Packing", x)
    return x
def unpack_hook(x):
    print("Unpacking", x)
    return x
a = torch.ones(5, requires_grad=True)
b = torch.ones(5, requires_grad=True) * 2
with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
    y = a * b
    z = (a + b).sum()
    w = a.exp()
y.sum().backward()
w.sum().backward()
print(a.grad)
c = a * 3
c.sum().backward()
print(a.grad)
