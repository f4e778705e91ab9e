# Finding #106 (makemore part 1: N = torch.zeros((27, 27), dtype=torch.int32)): the narrow integer types are kept,
# printed, promoted and wrap around as PyTorch's (checked against torch 1.13).
import torch
import numpy as np
torch.set_default_dtype(torch.float64)
a = torch.zeros((3, 5), dtype=torch.int32)
a[1, 3] += 1
print(a, a.dtype)
print(a[1, 3], a[1, 3] + 1, (a[1, 3] + torch.tensor(1)).dtype, (a + torch.tensor([1])).dtype, (a + 1.5).dtype)
print(a.sum(), a.sum().dtype, a.cumsum(0).dtype, a.prod().dtype, torch.trace(a[:, :3]).dtype, a.max(), a.type())
b = torch.tensor([100, 120], dtype=torch.int8)
print(b + b, b * 3, (b * b).dtype, -b, b // 7, b % 7, b / 3)
u = torch.tensor([250, 3], dtype=torch.uint8)
print(u + 10, u - 4, (u + b).dtype, u.dtype.is_signed, torch.tensor([1], dtype=torch.uint8) + 300, torch.tensor([1], dtype=torch.int8) + 300)
for d in (torch.uint8, torch.int16, torch.int32):
    try:
        print(torch.tensor([70000], dtype=d))
    except RuntimeError as e:
        print(e)
try:
    torch.full((2,), 300, dtype=torch.uint8)
except RuntimeError as e:
    print(e)
print(torch.tensor([1.5, 2.7], dtype=torch.int32), torch.tensor([True], dtype=torch.int8), torch.tensor([-1]).to(torch.uint8), torch.tensor([3e9]).int())
print(torch.tensor([2**31 - 1], dtype=torch.int32) + 1, torch.tensor([255, 256], dtype=torch.int16).to(torch.uint8))
print(a.double().dtype, a.long().dtype, a.int().dtype, torch.ones(2).int(), torch.ones(2).short(), torch.ones(2).char(), torch.ones(2).byte())
print(torch.tensor([1.7, -1.7]).int(), a.tolist()[1], type(a[1, 3].item()))
x = torch.arange(4, dtype=torch.int32)
print(x, x.numpy().dtype, x.to(torch.int16), x.type(torch.ShortTensor), x.type('torch.LongTensor'), isinstance(x, torch.IntTensor))
try:
    x += 1.5
except RuntimeError as e:
    print(e)
x += torch.tensor([1, 2, 3, 4])
print(x)
print(torch.tensor([], dtype=torch.int32), torch.zeros(2, dtype=torch.int32).requires_grad)
try:
    torch.zeros(2, dtype=torch.int32, requires_grad=True)
except RuntimeError as e:
    print(e)
print(torch.zeros(2, 2, dtype=torch.int32).T, x.view(2, 2))
print(x.element_size(), torch.tensor([1, 2], dtype=torch.int16).element_size(), x.is_floating_point())
print(torch.iinfo(torch.int32).max, x.abs(), x.max(), x.argmax(), x.clamp(0, 2), torch.where(x > 2, x, 0))
try:
    print(torch.arange(5)[x])
except IndexError as e:
    print("IndexError", e)
print(x == 2, torch.cat([x, x]).dtype, torch.cat([x, torch.arange(2)]).dtype, torch.stack([x, x]).dtype)
print(torch.from_numpy(np.array([1, 2], dtype=np.int32)), torch.tensor(np.array([1, 2], dtype=np.uint8)))
print(torch.full((2,), 3, dtype=torch.int32), torch.ones_like(x), torch.zeros_like(x, dtype=torch.int8), torch.randint(0, 5, (3,), dtype=torch.int32).dtype)
print(x.exp(), x.sqrt().dtype, x.double() / 2, x ** 2, (x ** 2).dtype, x ** 0.5)
print(torch.int32, torch.int, torch.short, torch.uint8 == torch.uint8, torch.int32.is_floating_point, torch.uint8.is_signed)
y = torch.tensor([1, 2, 3], dtype=torch.int32)
print(y.cumprod(0).dtype, y.sum(0).dtype, y.prod(0).dtype, y.max(0)[0].dtype, y.abs().dtype, y.neg().dtype, y.sign().dtype)
print(y.unique(), torch.zeros(2, dtype=torch.int32).fill_(5), y.new_zeros(2), y.clone(), y.flip(0))
print((y > 1).sum(), y.topk(2), y.sort(descending=True))
print(torch.nn.Embedding(4, 2)(y).shape)
try:
    torch.nn.functional.cross_entropy(torch.randn(3, 4), y)
except RuntimeError as e:
    print(e)
try:
    torch.nn.functional.one_hot(y)
except RuntimeError as e:
    print(e)
try:
    torch.gather(torch.arange(6).view(2, 3), 1, torch.tensor([[0], [1]], dtype=torch.int32))
except RuntimeError as e:
    print(e)
print(torch.arange(3, dtype=torch.int32) * torch.arange(3, dtype=torch.int16), y / y, y // 2, y % 2, 2 ** y, y * 2.5, y & 1, y | 4, ~y)
N = torch.zeros((3, 3), dtype=torch.int32)
for i, j in [(0, 1), (1, 2), (0, 1)]:
    N[i, j] += 1
P = (N + 1).double()
P /= P.sum(1, keepdim=True)
print(N, P)
print(torch.searchsorted(torch.tensor([1., 2., 3.]), torch.tensor([2.5]), out_int32=True), torch.bucketize(2.5, torch.tensor([1., 2., 3.]), out_int32=True))
