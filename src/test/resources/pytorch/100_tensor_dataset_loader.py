# torch.utils.data: TensorDataset and DataLoader in order (batch_size, drop_last, len), as the
# tutorials' training loops use them; shuffled orders are adjoint's generator's, so only what does
# not depend on the order is printed for shuffle=True.
import torch
from torch.utils.data import TensorDataset, DataLoader
torch.set_default_dtype(torch.float64)
X = torch.arange(10.).reshape(5, 2)
y = torch.tensor([0, 1, 0, 1, 1])
ds = TensorDataset(X, y)
print(len(ds), ds[0], ds[-1], type(ds[1]).__name__, len(ds.tensors))
print(ds[1:3])
loader = DataLoader(ds, batch_size=2)
print(len(loader), loader.batch_size, loader.drop_last, loader.dataset is ds)
for xb, yb in loader:
    print(xb.shape, xb, yb)
for batch in DataLoader(ds, batch_size=2, drop_last=True):
    print(type(batch).__name__, len(batch), batch[0].shape)
print(len(DataLoader(ds, batch_size=2, drop_last=True)), len(DataLoader(ds)), len(DataLoader(ds, batch_size=5)))
first = next(iter(DataLoader(ds, batch_size=3)))
print(first)
seen = []
for xb, yb in DataLoader(ds, batch_size=2, shuffle=True):
    seen += yb.tolist()
    print(xb.shape, yb.dtype)
print(sorted(seen), sum(seen))
total = torch.zeros(2)
for i, (xb, yb) in enumerate(DataLoader(ds, batch_size=4, shuffle=True)):
    total += xb.sum(0)
print(i, total)
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.01)
for epoch in range(3):
    for xb, yb in DataLoader(ds, batch_size=2):
        loss = ((xb @ w - yb) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
print(w, loss)
for xb, in DataLoader(TensorDataset(torch.ones(3, 1)), batch_size=2):
    print(xb)
print(list(DataLoader(ds, batch_size=None))[0])
TensorDataset(torch.ones(3), torch.ones(4))
