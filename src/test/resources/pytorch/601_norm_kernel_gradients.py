# BatchNorm1d/2d in training and eval mode and LayerNorm (with and without elementwise_affine, over one and two
# dimensions): outputs and the gradients of input, weight and bias to the last digit, as PyTorch 1.13's CPU kernels
# compute them (batch_norm_kernel.cpp's backward, layer_norm_kernel.cpp with moments_utils.h's RowwiseMoments).
# Recorded from torch 1.13 on one thread.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def run(m, shape):
    x = torch.randn(*shape, requires_grad=True)
    if getattr(m, "weight", None) is not None:
        with torch.no_grad():
            m.weight.uniform_(0.5, 1.5)
            m.bias.uniform_(-0.5, 0.5)
    y = m(x)
    g = torch.randn(*y.shape)
    y.backward(g)
    print(type(m).__name__, shape, y.flatten().tolist()[-5:])
    print(" x.grad", x.grad.flatten().tolist()[-6:], x.grad.abs().max().item())
    if getattr(m, "weight", None) is not None:
        print(" weight.grad", m.weight.grad.flatten().tolist()[-5:], "bias.grad", m.bias.grad.flatten().tolist()[-5:])


for shape in [(32, 10), (7, 3), (64, 100), (16, 13)]:
    run(nn.BatchNorm1d(shape[1]), shape)
for shape in [(4, 3, 5, 6), (3, 2, 16), (2, 5, 3, 3)]:
    run(nn.BatchNorm1d(shape[1]) if len(shape) == 3 else nn.BatchNorm2d(shape[1]), shape)
bn = nn.BatchNorm1d(6)
run(bn, (20, 6))
bn.eval()
run(bn, (20, 6))
bn2 = nn.BatchNorm2d(3)
run(bn2, (2, 3, 4, 4))
bn2.eval()
run(bn2, (2, 3, 4, 4))
for shape, ns in [((4, 10), 10), ((3, 5, 16), 16), ((2, 3, 4, 5), (4, 5)), ((8, 100), 100), ((2, 3), 3), ((6, 67), 67), ((2, 1100), 1100)]:
    run(nn.LayerNorm(ns), shape)
run(nn.LayerNorm(10, elementwise_affine=False), (5, 10))
run(nn.LayerNorm(7, elementwise_affine=False), (3, 7))
x = torch.randn(4, 12, requires_grad=True)
w = torch.rand(12, requires_grad=True)
y = torch.nn.functional.layer_norm(x, (12,), w)
y.backward(torch.randn(4, 12))
print("layer_norm weight only", y.flatten().tolist()[-4:], x.grad.flatten().tolist()[-4:], w.grad.tolist()[-4:])
