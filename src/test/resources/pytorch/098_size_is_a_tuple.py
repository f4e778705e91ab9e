# torch.Size is a tuple (type, isinstance, slicing, concatenation), and torch.return_types are tuples.
import torch
torch.set_default_dtype(torch.float64)
x = torch.ones(2, 3)
s = x.shape
print(type(s), isinstance(s, tuple), isinstance(s, torch.Size), type(s) is torch.Size, s)
print(type(x.size()), x.size() == (2, 3), s == torch.Size([2, 3]), torch.Size)
print(s[1:], s[0], s[-1], s[::-1], len(s), list(s), tuple(s))
print(s + (4,), (1,) + s, s * 2, 2 * s, s[1:] + s)
print(s.numel(), s.index(3), s.count(2), hash(s) == hash((2, 3)), {s: 1}[(2, 3)])
a, b = s
print(a, b, type(a).__name__, str(s), repr(s), f"{s}")
print(torch.Size([4, 5]), torch.Size(), torch.Size((1,)), torch.Size(range(3)))
m = x.max(dim=1)
print(type(m), isinstance(m, tuple), m.values, m[1], type(m) == type(x.max(dim=0)))
print(type(x.min(dim=1)))
s + (1.5,)
