# U3: float64 normals to the last bit. torch.randn's 16-blocks (normal_fill_16) take Box-Muller with
# the C library's log, cos and sin; fewer than 16 take at::normal_distribution's log1p, sin and cos.
import torch
torch.set_default_dtype(torch.float64)

def checksum(values):
    # every bit of every value: an exact integer from each float
    c = 0
    for v in values:
        n, d = v.as_integer_ratio()
        c = (c * 1000003 + n * 7 + d) % (2 ** 61 - 1)
    return c

for seed in [0, 1, 2147483647]:
    torch.manual_seed(seed)
    x = torch.randn(10000).tolist()
    print(seed, checksum(x), repr(x[0]), repr(x[220]), repr(x[-1]))
torch.manual_seed(0)
x = torch.randn(10000).tolist()
print([repr(x[i]) for i in (220, 1057, 4999)])
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((15, 15), generator=g)
print(repr(W[7, 6].item()), checksum(W.flatten().tolist()))
torch.manual_seed(3)
print([repr(v) for v in torch.randn(15).tolist()])
torch.manual_seed(4)
print(checksum(torch.empty(1000).normal_(2.5, 0.3).tolist()), checksum(torch.randn(7, 3).flatten().tolist()))
torch.manual_seed(5)
print(checksum([torch.randn(()).item() for _ in range(300)]))
