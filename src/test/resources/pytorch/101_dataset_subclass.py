# A Dataset subclass with __len__/__getitem__ returning numbers, tuples, dicts and strings, and
# PyTorch's default_collate turning them into batches; a plain list as a dataset; collate_fn;
# random_split sizes (the split itself is random).
import torch
from torch.utils.data import Dataset, DataLoader, random_split, Subset
torch.set_default_dtype(torch.float64)

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return torch.tensor([float(i)]), i * i

ds = Squares(5)
import torch.utils.data as tud
print(tud.DataLoader is DataLoader, torch.utils.data.TensorDataset, tud.Dataset)
print(len(ds), ds[2], isinstance(ds, Dataset), type(ds).__mro__[1])
for x, y in DataLoader(ds, batch_size=2):
    print(x, y)

class Records(Dataset):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return {"x": torch.ones(2) * i, "label": i % 2, "name": "r" + str(i), "w": 0.5 * i}

for b in DataLoader(Records(), batch_size=2):
    print(b)
pairs = [(torch.tensor([1., 2.]), 0), (torch.tensor([3., 4.]), 1), (torch.tensor([5., 6.]), 1)]
for xb, yb in DataLoader(pairs, batch_size=2):
    print(xb, yb)
print(list(DataLoader([1.5, 2.5, 3.5], batch_size=2)), list(DataLoader([True, False], batch_size=2)))
print(list(DataLoader([[1, 2], [3, 4]], batch_size=2)))
print(list(DataLoader(ds, batch_size=2, collate_fn=lambda b: len(b))))
train, test = random_split(ds, [3, 2])
print(len(train), len(test), type(train).__name__, train.dataset is ds, sorted(train.indices + test.indices))
a, b, c = random_split(range(10), [0.5, 0.3, 0.2])
print(len(a), len(b), len(c))
sub = Subset(ds, [4, 0])
print(len(sub), sub[0], sub[1])
try:
    random_split(ds, [3, 3])
except ValueError as e:
    print("ValueError:", e)
try:
    DataLoader(ds, batch_size=0)
except ValueError as e:
    print("ValueError:", e)
class Empty(Dataset):
    pass
try:
    Empty()[0]
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
list(DataLoader([object(), object()], batch_size=2))
