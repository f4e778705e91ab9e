# Checked against torch 1.13 (reviewer's V14): saved_tensors_hooks imported from torch.autograd.graph;
# its argument errors name saved_tensors_hooks.__init__ as PyTorch's class does, and hooks that are
# not callable are refused when the with block is entered, with PyTorch's message.
import torch
from torch.autograd.graph import saved_tensors_hooks
torch.set_default_dtype(torch.float64)

def enter(h):
    with h:
        pass

for make in [lambda: saved_tensors_hooks(lambda t: t), lambda: saved_tensors_hooks(),
             lambda: saved_tensors_hooks(lambda t: t, lambda t: t, 3), lambda: enter(saved_tensors_hooks(5, 6)),
             lambda: enter(saved_tensors_hooks(len, "unpack"))]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
a = torch.tensor([2.0], requires_grad=True)
with saved_tensors_hooks(pack_hook=lambda t: t * 1, unpack_hook=lambda t: t):
    s = (a * a).sum()
s.backward()
print(a.grad, torch.autograd.graph.saved_tensors_hooks is saved_tensors_hooks)
