# DataLoader and default_collate with NumPy items, as custom Datasets return them (checked against
# torch 1.13): arrays are stacked into one tensor of their dtype, NumPy scalars (np.int64 labels,
# np.float64) become a tensor, in tuples, lists, dicts and namedtuples; batch_size=None converts each item;
# torch.tensor of a list of tensors takes each tensor as a number (one element only).
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, TensorDataset, default_collate
torch.set_default_dtype(torch.float64)

print(next(iter(DataLoader([np.ones(2), np.zeros(2)], batch_size=2))))
X = np.array([[0.5, 0.25], [1.5, 2.0], [3.0, 4.5]])
y = np.array([0, 1, 1])
for xb, yb in DataLoader(list(zip(X, y)), batch_size=2):
    print(xb, yb)

class D(Dataset):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return np.array([i, i * 2], dtype=np.float32), np.int64(i % 2), {"w": np.float64(0.5 * i), "n": np.arange(3) + i}

for xb, label, extra in DataLoader(D(), batch_size=3):
    print(xb.tolist(), label, label.dtype, extra)
print(default_collate([np.array(1.5), np.array(2.5)]), default_collate([np.int32(3), np.int32(4)]).tolist())
print(default_collate([np.bool_(True), np.bool_(False)]), default_collate([(np.int64(1), "a"), (np.int64(2), "b")]))
print(list(DataLoader([np.array([1, 2]), np.array([3, 4])], batch_size=None)))
print(list(DataLoader([(np.float64(1.5), [np.int64(2)])], batch_size=None)))
print(list(DataLoader([{"a": np.ones(1)}], batch_size=None)), list(DataLoader([3, "s"], batch_size=None)))
from collections import namedtuple
Pair = namedtuple("Pair", "x y")
print(default_collate([Pair(torch.ones(1), 1), Pair(torch.zeros(1), 2)]), list(DataLoader([Pair(np.ones(1), 3)], batch_size=None)))
ds = TensorDataset(torch.from_numpy(X), torch.from_numpy(y))
print(next(iter(DataLoader(ds, batch_size=3)))[1])
print(torch.tensor([torch.tensor(1.), torch.tensor(2.)]), torch.tensor([torch.tensor([1.]), torch.tensor([2.5])]))
print(torch.tensor([[torch.tensor([1])], [torch.tensor(2)]]), torch.tensor([torch.tensor(1), torch.tensor(2.5)]))
print(torch.tensor([torch.tensor(True), torch.tensor(False)]), torch.tensor([np.array([1, 2]), np.array([3, 4])]))
try:
    torch.tensor([torch.tensor([1., 2.]), torch.tensor([3., 4.])])
except ValueError as e:
    print("ValueError:", e)
try:
    torch.tensor([torch.zeros(0)])
except ValueError as e:
    print("ValueError:", e)
try:
    torch.as_tensor([torch.ones(2), torch.ones(2)])
except ValueError as e:
    print("ValueError:", e)
list(DataLoader([np.ones(2), np.ones(3)], batch_size=2))
