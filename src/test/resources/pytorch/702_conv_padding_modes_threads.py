# nn.Conv2d/Conv1d with padding_mode 'reflect', 'replicate', 'circular' (PyTorch pads with F.pad in that mode, then
# convolves without padding; padding='same' splits d*(k-1)), their gradients; torch.set_num_threads/get_num_threads
# and their checks (tester findings Z38, Z45). Recorded from torch 1.13.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(1, 2, 5, 6, requires_grad=True)
for mode in ["reflect", "replicate", "circular"]:
    for padding in [1, (2, 1), "same"]:
        torch.manual_seed(1)
        conv = nn.Conv2d(2, 3, (3, 4), padding=padding, padding_mode=mode)
        y = conv(x)
        y.square().sum().backward()
        print(mode, padding, conv, tuple(y.shape), round(y.sum().item(), 10), round(x.grad.sum().item(), 10), round(conv.weight.grad.abs().sum().item(), 10))
        x.grad = None
torch.manual_seed(2)
c1 = nn.Conv1d(2, 2, 3, padding=2, padding_mode="reflect")
print(c1(torch.arange(10.).view(1, 2, 5)).detach())
try:
    nn.Conv2d(1, 1, 3, padding=1, padding_mode="mirror")
except ValueError as e:
    print("ValueError", e)
try:
    nn.Conv2d(1, 1, 3, padding=5, padding_mode="reflect")(torch.ones(1, 1, 3, 3))
except RuntimeError as e:
    print("RuntimeError", str(e).split("\n")[0])
torch.set_num_threads(1)
print(torch.get_num_threads(), torch.set_num_threads(2), torch.get_num_threads())
for bad in [0, -1, 2.5, True, "a"]:
    try:
        torch.set_num_threads(bad)
    except RuntimeError as e:
        print("RuntimeError", e)
print(type(torch.get_num_interop_threads()).__name__)
