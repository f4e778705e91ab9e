# nn.BatchNorm1d / BatchNorm2d as PyTorch 1.13: batch statistics in training (biased variance),
# running_mean/running_var updated with momentum (the running variance from the unbiased one),
# num_batches_tracked, momentum=None (cumulative average), eval mode, affine=False,
# track_running_stats=False, (N, C, L) inputs, state_dict's keys, gradients, reprs and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(2)
bn = nn.BatchNorm1d(3)
print(bn, bn.weight, bn.bias, bn.running_mean, bn.running_var, bn.num_batches_tracked)
x = torch.randn(5, 3) * 2 + 1
x.requires_grad_()
y = bn(x)
print(y, type(y.grad_fn).__name__)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
(y * torch.arange(15.).view(5, 3)).sum().backward()
print(x.grad, bn.weight.grad, bn.bias.grad)
bn(torch.randn(4, 3))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(x), bn.training)
print(list(bn.state_dict().keys()), [n for n, _ in bn.named_buffers()], [n for n, _ in bn.named_parameters()])
cum = nn.BatchNorm1d(2, momentum=None, eps=1e-3)
for i in range(3):
    cum(torch.randn(6, 2) + i)
print(cum, cum.running_mean, cum.running_var, cum.num_batches_tracked)
plain = nn.BatchNorm1d(3, affine=False, track_running_stats=False)
print(plain, plain.weight, plain.running_mean, list(plain.state_dict().keys()))
print(plain(x), plain.eval()(x))
seq = torch.randn(4, 3, 5, requires_grad=True)
z = nn.BatchNorm1d(3, momentum=0.3)(seq)
print(z[1], z.pow(2).mean(dim=(0, 2)))
bn2 = nn.BatchNorm2d(2)
img = torch.randn(3, 2, 4, 4, requires_grad=True)
o = bn2(img)
o[:, 0].pow(3).sum().backward()
print(bn2, o[2, 1, 0], bn2.running_mean, bn2.running_var, img.grad[1, 0, 2], bn2.weight.grad)
bn2.train(False)
print(bn2(img)[0, 0, 0])
rm, rv = torch.zeros(3), torch.ones(3)
print(F.batch_norm(x, rm, rv, training=True, momentum=0.5), rm, rv)
print(F.batch_norm(x, rm, rv, torch.tensor([1., 2., 3.]), torch.tensor([0., 1., 0.])))
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data, target = torch.randn(8, 3), torch.randn(8, 1)
for step in range(3):
    opt.zero_grad()
    loss = F.mse_loss(model(data), target)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(model[1].running_mean, list(model.state_dict().keys()))
for bad in [lambda: bn.train()(torch.randn(1, 3)), lambda: nn.BatchNorm1d(3)(torch.randn(2, 3, 4, 5)), lambda: nn.BatchNorm2d(3)(torch.randn(2, 3)),
            lambda: nn.BatchNorm1d(3)(torch.randn(4, 2)), lambda: F.batch_norm(torch.randn(1, 3), None, None, training=True)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(nn.BatchNorm1d(3).eval()(torch.randn(1, 3)))
