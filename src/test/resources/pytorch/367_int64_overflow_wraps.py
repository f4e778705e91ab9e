# Finding #24: PyTorch's int64 tensors wrap around on overflow (two's complement), they do not
# saturate: +, -, *, **, neg, abs, sum, prod, cumsum, cumprod. (Only results a double holds
# exactly: adjoint keeps int64 values as doubles, exact to 2^53.)
import torch

torch.set_default_dtype(torch.float64)
a = torch.tensor([2**62, 3, -2**62])
print(a * 4, a + a, a * a, a.sum() * 2, torch.arange(1, 30).prod(), torch.arange(15, 30).cumprod(0))
print(a.dtype, (a * 4).dtype, -torch.tensor([-2**63]), torch.tensor([-2**63]).abs(), torch.tensor([2**62, 2**62, 2**62]).cumsum(0))
print(torch.tensor([2**40]) ** 2, torch.tensor([2**32 + 1]) ** 2, torch.tensor([2**62]) - torch.tensor([-2**62]),
      torch.tensor([[2**62, 2**62], [2**62, 2**10]]).sum(0))
print(torch.tensor([True, True]).sum(), torch.tensor([2**31, 2**31, 2**31, 7]).cumprod(0), torch.tensor([3, 4]).prod(),
      torch.tensor([[2**32, 2**32], [3, 5]]).prod(1))
print(torch.tensor([1.5, 2.0]) * 3, torch.tensor([5, 7]) // 2, torch.tensor([2**62]) * 2.0, torch.tensor([2**62]).sum(0, keepdim=True) * 8)
x = torch.tensor([2**62, 1])
x *= 2
print(x, torch.mul(x, 2), torch.add(x, x), torch.sub(x, -x), torch.pow(torch.tensor([3]), 40) * 0 + torch.tensor([7]) ** 2)
