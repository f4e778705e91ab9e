# Review findings V3 and V14 (part), checked against torch 1.13: a backward pass over 0-d nodes unpacks their saved
# tensors too (a Python number's operand is packed as its 0-d tensor); an unpack hook that returns no tensor (or a pack
# hook whose None reaches it) is PyTorch's TypeError.
import torch
torch.set_default_dtype(torch.float64)
def pack(x):
    print("Packing", x)
    return x
def unpack(x):
    print("Unpacking", x)
    return x
a = torch.tensor(2.0, requires_grad=True)
v = torch.tensor(3.0)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    s = a * a
    t = a * 3
    u = v / a
s.backward()
t.backward()
u.backward()
print(a.grad)
b = torch.ones(2, requires_grad=True)
for name, p, q in [("unpack None", lambda x: x, lambda x: None), ("pack None", lambda x: None, lambda x: x), ("unpack int", lambda x: x, lambda x: 5)]:
    with torch.autograd.graph.saved_tensors_hooks(p, q):
        y = b * b
    try:
        y.sum().backward()
    except TypeError as e:
        print(name, "TypeError", e)
