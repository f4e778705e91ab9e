# PyTorch 1.13 adds a float64 sum in its own order (ATen's cascade_sum: 4-lane vectors, four
# interleaved partial sums, runs of 16 summed level by level), so the last bits of sums and means
# are PyTorch's: makemore's normalised bigram rows sum to exactly 1. Contiguous rows, columns
# (reducing the outer axis), several axes at once, transposed and sliced views, expanded tensors.
# Each number is shown with its mantissa's last six hex digits, as the suite compares printed
# numbers to 1e-9 only.
import torch
torch.set_default_dtype(torch.float64)
def bits(v):
    return v.hex().split('p')[0][-6:]
N = torch.arange(27 * 27).reshape(27, 27) % 17
P = (N + 1).double()
P /= P.sum(1, keepdims=True)
print(P[0].sum(), P[0].sum().item(), [bits(v) for v in P.sum(1).tolist()])
print(P.sum(), P.mean().item(), P.mean(0)[:4].tolist())
def data(*shape):  # values both engines compute bit for bit (randn's last bits come from libm)
    i = torch.arange(torch.Size(shape).numel())
    return (((i * 7919) % 10007 - 5003) / 7.3 * 2.0 ** (i % 23 - 11)).reshape(shape)
def show(label, t):
    print(label, [(repr(v), bits(v)) for v in t.flatten().tolist()][:10])
x = data(7, 33, 21)
show('all', x.sum())
for dims in [0, 1, 2, (0, 1), (0, 2), (1, 2)]:
    show(f'sum{dims}', x.sum(dims))
    show(f'mean{dims}', x.mean(dims))
show('keepdim', x.sum(1, keepdim=True))
show('T', x.transpose(0, 2).sum(0))
show('permuted', x.permute(1, 2, 0).sum((0, 2)))
show('sliced', x[:, 3:, ::2].sum(1))
show('expanded', data(5, 1, 40).expand(5, 9, 40).sum((0, 1)))
big = data(300, 70)
show('big rows', big.sum(1))
show('big cols', big.sum(0))
show('big all', big.sum())
show('vec17', data(17).sum())
show('mse', torch.nn.functional.mse_loss(big, big.flip(0) * 0.5))
show('logsumexp', torch.logsumexp(big / 1e4, 1))
print(torch.tensor([-0.0]).sum(), torch.tensor(0.1).sum().item(), torch.ones(3, 0).sum(1), torch.tensor([0.1, 0.2, 0.3]).mean().item())
