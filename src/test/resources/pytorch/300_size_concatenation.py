# torch.Size is a tuple: concatenating a list to it is CPython's tuple TypeError, word for word
# (py, session 4: adjoint said "can only concatenate Size (not "list") to Size").
import torch

torch.set_default_dtype(torch.float64)
s = torch.Size([2, 3])
print(s + (4,))
print((1,) + s)
for f in (lambda: s + [1], lambda: s + 1, lambda: (1,) + [2], lambda: s * 'a'):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
