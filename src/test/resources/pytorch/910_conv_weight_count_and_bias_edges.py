# Convolutions at their edges (session 24's kernel): fewer filters than groups is refused in PyTorch's words
# before the divisibility check, for conv1d, conv2d and conv3d; an empty batch convolves and back-propagates;
# a NaN or infinite bias reaches every output of its channel (PyTorch fills the output with the bias first).
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
for f, xs, ws, g in [(F.conv1d, (1, 2, 5), (0, 2, 3), 1), (F.conv2d, (1, 2, 5, 5), (0, 2, 3, 3), 1),
                     (F.conv3d, (1, 2, 4, 4, 4), (0, 2, 2, 2, 2), 1), (F.conv2d, (1, 4, 5, 5), (1, 2, 3, 3), 2),
                     (F.conv2d, (1, 4, 5, 5), (3, 2, 3, 3), 2)]:
    try:
        print(f(torch.ones(xs), torch.ones(ws), groups=g).shape)
    except RuntimeError as e:
        print("RuntimeError:", e)

torch.manual_seed(0)
x = torch.randn(0, 2, 5, 5, requires_grad=True)
w = torch.randn(3, 2, 3, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
y = F.conv2d(x, w, b, padding=1)
y.sum().backward()
print(y.shape, x.grad.shape, w.grad, b.grad)

x = torch.tensor([[[[1., float("nan")], [float("inf"), 2.]]]])
print(F.conv2d(x, torch.ones(1, 1, 1, 1), torch.tensor([float("-inf")])))
print(F.conv2d(torch.ones(1, 1, 3, 3), torch.ones(3, 1, 2, 2), torch.tensor([1.0, float("nan"), float("inf")])))
