# torch.Generator objects: Karpathy's makemore draws every number through g = torch.Generator().manual_seed(2147483647)
# and generator=g; a generator keeps its own state and leaves the global one (torch.manual_seed) alone.
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split
torch.set_default_dtype(torch.float64)
g = torch.Generator().manual_seed(2147483647)
print(g.initial_seed(), torch.Generator().initial_seed(), type(g).__name__, g.device)
torch.manual_seed(3)
C = torch.randn((27, 2), generator=g)
print(C[:3].tolist())
print(torch.rand(3, generator=g).tolist())
print(torch.randint(0, 27, (8,), generator=g).tolist(), torch.randint(5, (3,), generator=g).tolist())
print(torch.randperm(7, generator=g).tolist())
x = torch.empty(5)
x.uniform_(-1, 1, generator=g)
print(x.tolist())
x.normal_(0, 2, generator=g)
print(x.tolist())
print(torch.rand(2).tolist())  # the global generator: as if g had never drawn
h = torch.Generator()
print(h.manual_seed(42) is h, h.initial_seed())
ds = TensorDataset(torch.arange(10.))
dl = DataLoader(ds, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(1))
for epoch in range(2):
    print([b[0].tolist() for b in dl])
dl = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
for epoch in range(2):
    print([b[0].tolist() for b in dl])
print(torch.randn(2, generator=g).tolist())
a, b = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(42))
print(list(a.indices), list(b.indices))
g1 = torch.Generator().manual_seed(0)
g2 = torch.Generator().manual_seed(0)
print(torch.equal(torch.randn(40, generator=g1), torch.randn(40, generator=g2)))
try:
    torch.rand(2, generator=3)
except TypeError as e:
    print("TypeError")
