# var, std, var_mean and std_mean to PyTorch's last digit: a reduction to one value is PyTorch's two-pass
# sum (std_var_all_cpu), any other Welford's update with a fused multiply-add, in TensorIterator's order
# (makemore part 3's 'std' lines; tester X13).
import torch
torch.set_default_dtype(torch.float64)
g = torch.Generator().manual_seed(2147483647)
for size in [10, 100, 1000, 10000]:
    b = torch.randn(size, generator=g)
    print(size, b.var().item(), b.std().item())
b = torch.randn((1000, 1000), generator=g)
print(b.std().item(), b.std(0)[:3].tolist(), b.std(1)[:3].tolist())
x = torch.randn(7, 9, generator=g)
print(torch.var_mean(x, 1)[1].tolist())
print(torch.var_mean(x)[0].item(), torch.var_mean(x)[1].item())
print(torch.std_mean(x, 0, unbiased=False)[0].tolist())
xt = torch.randn(13, 11, generator=g).t()
print(xt.var().item(), xt.var(0).tolist()[:3], xt.var(1).tolist()[:3])
z = torch.randn(6, 5, 4, generator=g).permute(2, 1, 0)
print(z.var((0, 2)).tolist(), z.var(1, keepdim=True).flatten().tolist()[:4])
print(torch.randn(1, 50, generator=g).var(1).item())
e = torch.randn(1, 5, generator=g).expand(4, 5)
print(e.var().item(), e.var(0).tolist(), e.var(1).tolist())
print(torch.zeros(0).var(), torch.zeros(0, 3).var(0), torch.tensor([2.0]).var(), torch.randn(3, 2, generator=g).var(1, correction=2))
f = torch.randn(8, generator=g).flip(0)
print(f.var().item(), f[::2].var().item())
