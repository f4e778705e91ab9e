# BatchNorm's output and running statistics to PyTorch's last digit: per-channel sums one value at a time,
# x*alpha + beta as one multiply-add (batch_norm_kernel.cpp), (N, C) through its channels-last loop (tester X13).
import torch
torch.set_default_dtype(torch.float64)
g = torch.Generator().manual_seed(7)
for shape in [(16, 20), (4, 5, 6), (3, 4, 2, 3), (5, 3, 1)]:
    C = shape[1]
    bn = torch.nn.BatchNorm1d(C) if len(shape) < 4 else torch.nn.BatchNorm2d(C)
    with torch.no_grad():
        bn.weight.copy_(torch.randn(C, generator=g)); bn.bias.copy_(torch.randn(C, generator=g))
        bn.running_mean.copy_(torch.randn(C, generator=g)); bn.running_var.copy_(torch.rand(C, generator=g) + 0.5)
    x = torch.randn(*shape, generator=g)
    y = bn(x)
    print(y.flatten()[:6].tolist(), y.sum().item())
    print(bn.running_mean.tolist()[:4], bn.running_var.tolist()[:4])
    y2 = bn(x * 2 + 1)
    print(bn.running_mean.tolist()[:4], bn.running_var.tolist()[:4])
    bn.eval()
    print(bn(x).flatten()[:6].tolist())
h = torch.randn(300, 200, generator=g)
o = torch.nn.BatchNorm1d(200)(h)
print(o[3, 4].item(), o[7].tolist()[:5])
import torch.nn.functional as F
print(F.batch_norm(h, None, None, training=True)[0, :3].tolist())
print(F.batch_norm(h, torch.zeros(200), torch.ones(200), eps=0.0)[0, :3].tolist())
