# nn.BatchNorm3d over (N, C, D, H, W): batch statistics, running statistics, eval mode, gradients and its
# refusal of a 4D input (tester Z69). Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
bn = torch.nn.BatchNorm3d(3)
print(bn)
x = torch.randn(2, 3, 2, 3, 4, requires_grad=True)
y = bn(x)
print(y.grad_fn.name(), repr(y.sum().item()), repr((y * y).sum().item()))
(y * torch.arange(72.).reshape(3, 2, 3, 4).unsqueeze(0)).sum().backward()
print(repr(x.grad.abs().sum().item()), repr(bn.weight.grad.sum().item()), bn.bias.grad)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(repr(bn(x).sum().item()))
try:
    bn(torch.randn(2, 3, 4, 4))
except Exception as e:
    print(type(e).__name__, e)
m = torch.nn.BatchNorm3d(2, affine=False, momentum=None)
m(torch.randn(3, 2, 1, 2, 2))
print(m, m.running_mean, m.weight)
