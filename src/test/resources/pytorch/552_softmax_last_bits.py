# #126: softmax along the last axis to the last bit. ATen's kernel takes exp(x - max) (SLEEF's exp),
# sums it in four vector lanes and multiplies by the reciprocal of the sum; makemore's probs print so.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

def checksum(values):
    c = 0
    for v in values:
        n, d = v.as_integer_ratio()
        c = (c * 1000003 + n * 7 + d) % (2 ** 61 - 1)
    return c

torch.manual_seed(1)
for n in [1, 2, 3, 4, 5, 7, 8, 10, 27, 100]:
    x = torch.randn(20, n) * 3
    p = torch.softmax(x, dim=1)
    print(n, checksum(p.flatten().tolist()), repr(p[0, 0].item()), repr(p.sum(1)[0].item()))
x = torch.randn(27) * 2
print(repr(F.softmax(x, dim=0)[5].item()), repr(x.softmax(-1).max().item()), checksum(F.softmax(x.view(3, 9), dim=-1).flatten().tolist()))
logits = torch.randn(32, 27)
counts = logits.exp()
probs = counts / counts.sum(1, keepdims=True)
print(repr(probs[0, 0].item()), repr(F.softmax(logits, dim=1)[0, 0].item()))
print(torch.softmax(torch.tensor([[float("-inf"), float("-inf")], [0.0, float("nan")], [1.0, float("inf")]]), dim=1))
print(checksum(torch.softmax(torch.randn(4, 5, 6), dim=2).flatten().tolist()))
# log_softmax: (x - max) - log(sum), SLEEF's log of the lane sum; cross_entropy's loss through it; torch.log is SLEEF's
for n in [2, 3, 5, 10, 27]:
    x = torch.randn(16, n) * 2
    print(n, checksum(torch.log_softmax(x, dim=1).flatten().tolist()), checksum(F.log_softmax(x, dim=-1)[:, 0].tolist()))
x = torch.randn(64, 10); y = torch.randint(0, 10, (64,))
print(repr(F.cross_entropy(x, y).item()), repr(F.nll_loss(F.log_softmax(x, 1), y).item()), repr(F.cross_entropy(x, y, reduction="sum").item()))
b = torch.rand(2000) * 10 + 1e-3
print(checksum(torch.log(b).tolist()), repr(torch.log(torch.tensor(0.1234)).item()), torch.log(torch.tensor([0.0, -1.0, float("inf")])))
