# #126: torch.log2, log10 and expm1 are SLEEF's vector functions (u10) in PyTorch 1.13, torch.exp2 the C
# library's exp2 per element; every value checksummed over a spread of inputs, and the special values.
import torch
torch.set_default_dtype(torch.float64)

def checksum(values):
    c = 0
    for v in values:
        n, d = v.as_integer_ratio()
        c = (c * 1000003 + n * 7 + d) % (2 ** 61 - 1)
    return c

torch.manual_seed(1)
a = torch.cat([torch.randn(3000) * 3, torch.randn(1000) * 300, torch.rand(500) * 1e-5])
b = a.abs() + 1e-300
print(checksum(torch.log2(b).tolist()), checksum(torch.log10(b).tolist()), checksum(torch.log(b).tolist()))
small = a[a.abs() < 700]
print(checksum(torch.expm1(small).tolist()), checksum(torch.exp2(small).tolist()))
print(repr(torch.log2(torch.tensor(10.0)).item()), repr(torch.log10(torch.tensor(2.0)).item()), repr(torch.expm1(torch.tensor(1e-10)).item()), repr(torch.exp2(torch.tensor(0.1)).item()))
print(torch.log2(torch.tensor([0.0, -1.0, float("inf"), 1.0, 8.0])), torch.log10(torch.tensor([0.0, 1000.0, 5e-324])))
print(torch.expm1(torch.tensor([-0.0, -50.0, 710.0, 1.0])), torch.exp2(torch.tensor([-1080.0, 1024.0, -1074.0, 0.5])))
