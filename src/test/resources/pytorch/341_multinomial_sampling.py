# torch.multinomial with PyTorch's numbers: makemore part 1 samples names from a bigram table
# (with replacement: cumulative sums and a uniform per sample; without: the exponential trick).
import torch
torch.set_default_dtype(torch.float64)
g = torch.Generator().manual_seed(2147483647)
N = torch.randint(0, 50, (27, 27), generator=g)
P = (N + 1).double()
P /= P.sum(1, keepdims=True)
itos = '.abcdefghijklmnopqrstuvwxyz'
for i in range(8):
    out = []
    ix = 0
    while True:
        p = P[ix]
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=g).item()
        out.append(itos[ix])
        if ix == 0:
            break
    print(''.join(out))
p = torch.rand(27, generator=g)
p = p / p.sum()
print(torch.multinomial(p, num_samples=20, replacement=True, generator=g).tolist())
print(torch.multinomial(p, num_samples=5, generator=g).tolist())
print(torch.multinomial(p, 27, generator=g).tolist())
Q = torch.rand(4, 6, generator=g)
print(torch.multinomial(Q, 3, generator=g))
print(torch.multinomial(Q, 8, True, generator=g))
print(Q.multinomial(2, generator=g).tolist())
torch.manual_seed(0)
print(torch.multinomial(torch.tensor([0.0, 1.0, 0.0, 2.0]), 2).tolist())
print(torch.multinomial(torch.tensor([1.0, 3.0]), 4, replacement=True).tolist())
# makemore in float32, PyTorch's default: the same names
Pf = P.float()
g.manual_seed(2147483647)
print([torch.multinomial(Pf[i], 1, replacement=True, generator=g).item() for i in range(10)])
for bad in [(p, 0), (p, 28), (torch.ones(2, 2, 2), 1), (torch.tensor([1, 2]), 1), (torch.tensor([0.0, 0.0]), 1),
            (torch.tensor([-1.0, 2.0]), 1)]:
    try:
        torch.multinomial(*bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
for bad in [torch.tensor([-1.0, 2.0]), torch.tensor([0.0, 0.0]), torch.tensor([1.0, float('inf')])]:
    try:
        torch.multinomial(bad, 2, replacement=True)
    except RuntimeError as e:
        print("RuntimeError:", e)
torch.multinomial(torch.tensor([1.0, float('nan')]), 1)
