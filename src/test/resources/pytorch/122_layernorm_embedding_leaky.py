# nn.LayerNorm (one or more normalized dims, elementwise_affine=False), nn.Embedding (PyTorch's
# normal init under manual_seed, padding_idx: a zero row that gets no gradient, negative
# padding_idx, from_pretrained-like _weight), nn.LeakyReLU and their functional forms; values,
# gradients (also second order), grad_fn names, reprs and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(3)
ln = nn.LayerNorm(4)
x = torch.randn(2, 3, 4, requires_grad=True)
y = ln(x)
print(ln, ln.weight, ln.bias, y[1], type(y.grad_fn).__name__)
(y[..., 0] * 3 + y[..., 2] ** 2).sum().backward()
print(x.grad[0], ln.weight.grad, ln.bias.grad)
ln2 = nn.LayerNorm([3, 4], eps=1e-3, elementwise_affine=False)
print(ln2, ln2.weight, ln2(x)[0], list(ln2.state_dict().keys()))
print(F.layer_norm(x, (4,), torch.arange(4.), torch.ones(4))[1, 1], F.layer_norm(x, [3, 4])[0, 0])
g, = torch.autograd.grad(F.layer_norm(x, (4,)).pow(3).sum(), x, create_graph=True)
print(torch.autograd.grad((g * g).sum(), x)[0][1, 2])
emb = nn.Embedding(10, 3)
print(emb, emb.weight)
idx = torch.tensor([[1, 2, 4, 5], [4, 3, 2, 9]])
e = emb(idx)
print(e.shape, e[1], type(e.grad_fn).__name__)
e.sum().backward()
print(emb.weight.grad)
pad = nn.Embedding(5, 2, padding_idx=0)
print(pad, pad.weight, pad.padding_idx)
out = pad(torch.tensor([0, 2, 0, 4]))
(out * torch.tensor([[1., 2.], [3., 4.], [5., 6.], [7., 8.]])).sum().backward()
print(out, pad.weight.grad)
neg = nn.Embedding(4, 2, padding_idx=-1)
print(neg, neg.padding_idx, neg.weight[3])
w = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
print(F.embedding(torch.tensor([2, 0, 2]), w), F.embedding(torch.tensor(1), w), F.embedding(torch.tensor([[0, 1]]), w, padding_idx=1))
lr = nn.LeakyReLU()
v = torch.tensor([-2., -0.5, 0., 1.5], requires_grad=True)
print(lr, nn.LeakyReLU(0.2), nn.LeakyReLU(0.1, inplace=True), lr(v), F.leaky_relu(v, 0.3), F.leaky_relu(v, negative_slope=0.5))
F.leaky_relu(v, 0.2).pow(2).sum().backward()
print(v.grad, type(lr(v).grad_fn).__name__)
g, = torch.autograd.grad(F.leaky_relu(v, 0.2).pow(3).sum(), v, create_graph=True)
print(g, torch.autograd.grad(g.sum(), v))
net = nn.Sequential(nn.Embedding(6, 4), nn.LayerNorm(4), nn.LeakyReLU(0.1), nn.Flatten(), nn.Linear(8, 2))
print(net)
print(net(torch.tensor([[1, 2], [3, 5]])))
for bad in [lambda: emb(torch.tensor([10])), lambda: emb(torch.tensor([1.0])), lambda: nn.Embedding(3, 2, padding_idx=3),
            lambda: ln(torch.randn(2, 5)), lambda: F.layer_norm(x, (4,), torch.ones(3)), lambda: emb(torch.tensor([-1]))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
