# The dtype objects (type name 'dtype', is_floating_point/is_signed), torch.finfo/iinfo as
# PyTorch reports them, round() of a tensor refused as 1.13 refuses it (Tensor has no __round__),
# torch.from_numpy of the unsigned types PyTorch refuses, torch.fmod, and t.__setitem__.
import numpy as np
import torch
torch.set_default_dtype(torch.float64)
print(type(torch.float64).__name__, torch.float32.is_floating_point, torch.int64.is_floating_point, torch.uint8.is_signed, torch.int8.is_signed)
print(torch.finfo(torch.float32))
print(torch.finfo(torch.float64))
print(torch.finfo())
print(torch.finfo(torch.float16).eps, torch.finfo(torch.float32).eps, torch.finfo(torch.float64).tiny, torch.finfo(torch.float32).max, torch.finfo(torch.float32).bits)
print(torch.iinfo(torch.int64), torch.iinfo(torch.uint8).max, torch.iinfo(torch.int32).min, torch.iinfo(torch.int8).bits)
print(torch.iinfo(torch.int16))
for f in [lambda: torch.finfo(torch.int64), lambda: torch.iinfo(torch.float32), lambda: round(torch.tensor(2.567), 2),
          lambda: round(torch.tensor(2.5)), lambda: torch.from_numpy(np.array([1, 2], dtype=np.uint16))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
u = torch.from_numpy(np.array([1, 2, 250], dtype=np.uint8))
print(u / 255, u.sum().item(), u.tolist())
print(torch.tensor(2.567).round(decimals=2), round(torch.tensor(2.567).item(), 2))
a = torch.tensor([5.5, -5.5, 5.5, -5.5, 7.0], requires_grad=True)
b = torch.tensor([2.0, 2.0, -2.0, -2.0, 2.5], requires_grad=True)
r = torch.fmod(a, b)
r.sum().backward()
print(r, a.grad, b.grad, torch.remainder(a.detach(), b.detach()))
print(torch.tensor([7, -7]).fmod(3), torch.fmod(torch.tensor([7., -7.]), 0.0), torch.tensor([-3., 3.]).fmod(2))
s = torch.tensor([1., 2., 3.])
print(s.__setitem__(0, 2.7), s, s.__setitem__(slice(1, 3), torch.tensor([5., 6.])), s)
torch.fmod(torch.tensor([1, 2]), 0)
