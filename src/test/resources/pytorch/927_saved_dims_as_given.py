# SumBackward1's, MeanBackward1's, CatBackward0's, PermuteBackward0's, UnsqueezeBackward0's and SqueezeBackward1's dims as given, as PyTorch 1.13 saves it: in the order given, a negative
# dim as its unsigned 64-bit value (x.sum(-1) saves (18446744073709551615,)); an empty dim list is every dim
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
s = torch.tensor(2.0, requires_grad=True)
for label, y in [('sum(-1)', x.sum(-1)), ('sum((0, -1))', x.sum((0, -1))), ('sum((2, 0))', x.sum((2, 0))), ('sum(dim=[-3, 1], keepdim=True)', x.sum(dim=[-3, 1], keepdim=True)),
                 ('torch.sum(x, -2)', torch.sum(x, -2)), ('sum(axis=-1)', x.sum(axis=-1)), ('sum(1)', x.sum(1)), ('sum(dim=())', x.sum(dim=())),
                 ('sum(-1, dtype=float64)', x.sum(-1, dtype=torch.float64)), ('0-d sum(0)', s.sum(0)), ('0-d sum(-1)', s.sum(-1)),
                 ('mean(-2)', x.mean(-2)), ('mean((-1, 0), keepdim=True)', x.mean((-1, 0), keepdim=True)), ('torch.mean(x, dim=-3)', torch.mean(x, dim=-3)),
                 ('mean(2)', x.mean(2)), ('mean(dim=[])', x.mean(dim=[]))]:
    g = y.grad_fn
    print(label, type(g).__name__, g._saved_dim, g._saved_keepdim, g._saved_self_sym_sizes, tuple(y.shape))
    y.sum().backward()
print(x.grad.flatten().tolist(), s.grad)
# CatBackward0's dim as given too
a = torch.arange(6.).reshape(2, 3).requires_grad_()
for label, y in [('cat -1', torch.cat([a, a], -1)), ('cat dim=-2', torch.cat((a, a), dim=-2)), ('cat 1', torch.cat([a, a], 1)),
                 ('concat -1', torch.concat([a, a], -1)), ('cat default', torch.cat([a, a]))]:
    print(label, type(y.grad_fn).__name__, y.grad_fn._saved_dim, tuple(y.shape))
# PermuteBackward0's dims as given
b = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
for label, y in [('permute(0, -1, 1)', b.permute(0, -1, 1)), ('permute(2, 0, 1)', b.permute(2, 0, 1)), ('torch.permute(b, (-3, -1, -2))', torch.permute(b, (-3, -1, -2))),
                 ('permute([1, 0, 2])', b.permute([1, 0, 2])), ('b.mT.permute(-1, 0, 1)', b.mT.permute(-1, 0, 1))]:
    print(label, type(y.grad_fn).__name__, y.grad_fn._saved_dims, tuple(y.shape))
# UnsqueezeBackward0/1's and SqueezeBackward1/3's dim as given (in place too, and on a 0-d tensor)
c = torch.arange(6.).reshape(2, 1, 3).requires_grad_()
for label, y in [('unsqueeze(-1)', c.unsqueeze(-1)), ('unsqueeze(0)', c.unsqueeze(0)), ('torch.unsqueeze(c, -4)', torch.unsqueeze(c, -4)),
                 ('squeeze(-2)', c.squeeze(-2)), ('squeeze(1)', c.squeeze(1)), ('torch.squeeze(c, -2)', torch.squeeze(c, -2)), ('squeeze(-1), no size-1 dim', c.squeeze(-1))]:
    print(label, type(y.grad_fn).__name__, y.grad_fn._saved_dim, tuple(y.shape))
z = c.clone()
z.unsqueeze_(-1)
print('unsqueeze_(-1)', type(z.grad_fn).__name__, z.grad_fn._saved_dim)
z.squeeze_(-1)
print('squeeze_(-1)', type(z.grad_fn).__name__, z.grad_fn._saved_dim)
print('0-d', s.unsqueeze(-1).grad_fn._saved_dim, s.squeeze(-1).grad_fn._saved_dim, s.squeeze(0).grad_fn._saved_dim)
