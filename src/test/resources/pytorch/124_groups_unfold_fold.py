# Grouped convolutions (groups=2, depthwise), F.unfold/F.fold and nn.Unfold/nn.Fold (the
# im2col/col2im pair, also unbatched), a convolution written by hand with unfold + matmul as
# PyTorch's docs show it, and the node chain of cross_entropy (NllLossBackward0 after
# LogSoftmaxBackward0); values, gradients, reprs and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(5)
x = torch.randn(2, 4, 5, 6, requires_grad=True)
g2 = nn.Conv2d(4, 6, 3, groups=2, padding=1)
y = g2(x)
print(g2, g2.weight.shape, y.shape, y[1, 4, 2], type(y.grad_fn).__name__)
y.pow(2).sum().backward()
print(x.grad[0, 3, 1], g2.weight.grad[5, 1], g2.bias.grad)
dw = nn.Conv2d(4, 4, (3, 2), groups=4, bias=False, stride=2)
print(dw, dw(x)[0, 2])
print(F.conv2d(x, torch.ones(2, 2, 1, 1), groups=2)[1, 1, 0])
cols = F.unfold(x, kernel_size=(2, 3), dilation=1, padding=1, stride=2)
print(cols.shape, cols[0, :, 3], type(cols.grad_fn).__name__)
inp = torch.randn(1, 3, 10, 12)
w = torch.randn(2, 3, 4, 5)
inp_unf = F.unfold(inp, (4, 5))
out_unf = inp_unf.transpose(1, 2).matmul(w.view(w.size(0), -1).t()).transpose(1, 2)
out = F.fold(out_unf, (7, 8), (1, 1))
print((F.conv2d(inp, w) - out).abs().max() < 1e-12, out.shape)
back = F.fold(F.unfold(x, 2), (5, 6), 2)
print(back[1, 2], type(back.grad_fn).__name__)
back.sum().backward()
print(x.grad[1, 0])
print(F.unfold(x[0], 3).shape, F.fold(torch.ones(12, 20), (5, 6), 2)[0], nn.Unfold(2)(x).shape, nn.Fold((5, 6), 2)(torch.ones(2, 12, 20)).shape)
print(nn.Unfold(2), nn.Fold((4, 5), 2), nn.Unfold((2, 3), dilation=2, padding=1, stride=2))
z = torch.randn(3, 4, requires_grad=True)
loss = F.cross_entropy(z, torch.tensor([0, 3, 1]))
print(type(loss.grad_fn).__name__, type(loss.grad_fn.next_functions[0][0]).__name__,
      type(F.nll_loss(z, torch.tensor([0, 3, 1])).grad_fn.next_functions[0][0]).__name__)
for bad in [lambda: F.conv2d(torch.ones(1, 4, 5, 5), torch.ones(3, 2, 3, 3), groups=2), lambda: F.conv2d(torch.ones(1, 3, 5, 5), torch.ones(2, 2, 3, 3), groups=2),
            lambda: nn.Conv2d(4, 3, 3, groups=2), lambda: nn.Conv2d(3, 4, 3, groups=2), lambda: F.unfold(torch.ones(4, 4), 2),
            lambda: F.fold(torch.randn(2, 12, 21), (5, 6), 2), lambda: F.fold(torch.randn(2, 13, 20), (5, 6), 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
