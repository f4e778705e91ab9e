# torch.utils.data's samplers and dataset kinds, checked against torch 1.13: SequentialSampler,
# RandomSampler (PyTorch's draws for a seed, with and without replacement and num_samples),
# SubsetRandomSampler, WeightedRandomSampler, BatchSampler, a user Sampler; DataLoader with
# sampler= and batch_sampler=; IterableDataset (also with batches), ConcatDataset, ChainDataset;
# str fields collate to a tuple; the loader's iterator has __next__.
import torch
import torch.utils.data as tud
from torch.utils.data import (DataLoader, Dataset, Sampler, SequentialSampler, RandomSampler, SubsetRandomSampler,
                              WeightedRandomSampler, BatchSampler, IterableDataset, ConcatDataset, ChainDataset, TensorDataset)
torch.set_default_dtype(torch.float64)

print(list(SequentialSampler(range(4))), len(SequentialSampler([1, 2, 3])))
torch.manual_seed(0)
print(list(RandomSampler(range(6))), list(RandomSampler(range(6))), torch.rand(1))
g = torch.Generator().manual_seed(1)
print(list(RandomSampler(range(5), generator=g)), list(RandomSampler(range(5), generator=g)))
torch.manual_seed(3)
print(list(RandomSampler(range(4), num_samples=10)), list(RandomSampler(range(4), replacement=True, num_samples=40)))
print(len(RandomSampler(range(4), num_samples=7)), RandomSampler(range(3)).num_samples, torch.rand(1))
torch.manual_seed(5)
print(list(SubsetRandomSampler([10, 20, 30, 40])), len(SubsetRandomSampler([1, 2])))
print(list(WeightedRandomSampler([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 8)))
print(list(WeightedRandomSampler([0.9, 0.4, 0.05, 0.2, 0.3, 0.1], 5, replacement=False)), len(WeightedRandomSampler([1, 2], 3)))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=False)))
print(list(BatchSampler(range(10), 3, True)), len(BatchSampler(range(10), 3, False)), len(BatchSampler(range(10), 3, True)))

class EveryOther(Sampler):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
    def __len__(self):
        return (self.n + 1) // 2

ds = TensorDataset(torch.arange(10.) * 10, torch.arange(10))
print([y.tolist() for x, y in DataLoader(ds, batch_size=2, sampler=EveryOther(10))], len(DataLoader(ds, batch_size=2, sampler=EveryOther(10))))
print([y.tolist() for x, y in DataLoader(ds, batch_sampler=[[0, 1, 2], [7], [9, 8]])])
print([y.tolist() for x, y in DataLoader(ds, batch_sampler=BatchSampler(EveryOther(10), 2, drop_last=True))])
torch.manual_seed(7)
loader = DataLoader(ds, batch_size=4, sampler=RandomSampler(ds))
print([y.tolist() for x, y in loader], len(loader), loader.batch_size, type(loader.sampler).__name__, type(loader.batch_sampler).__name__)
torch.manual_seed(7)
print([y.tolist() for x, y in DataLoader(ds, batch_size=4, shuffle=True)])
torch.manual_seed(8)
w = [0.1] * 5 + [1.0] * 5
print([y.tolist() for x, y in DataLoader(ds, batch_size=5, sampler=WeightedRandomSampler(w, len(w)))])
print([y.tolist() for x, y in DataLoader(ds, sampler=[3, 1])], [x for x in DataLoader([5, 6, 7], batch_size=None, sampler=[2, 0])])
plain = DataLoader(ds, batch_size=3)
print(type(plain.sampler).__name__, plain.batch_sampler.batch_size, plain.drop_last, plain.num_workers)

class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter([torch.tensor([float(i)]) for i in range(self.n)])

print(list(DataLoader(Stream(5), batch_size=2)), list(DataLoader(Stream(2))), list(DataLoader(Stream(2), batch_size=None)))
print(isinstance(Stream(1), Dataset), [t.tolist() for t in ChainDataset([Stream(2), Stream(3)])])
cat = ConcatDataset([TensorDataset(torch.arange(3)), [(torch.tensor(10),), (torch.tensor(11),)]])
print(len(cat), cat[0], cat[3], cat[-1], cat.cumulative_sizes, len(cat.datasets))
print([b[0].tolist() for b in DataLoader(cat, batch_size=2)], len(ds + ds), type(ds + ds).__name__)
it = iter(DataLoader([(1, "a"), (2, "b"), (3, "c")], batch_size=2))
print(it.__next__(), next(it), type(it).__name__)
print(next(iter(DataLoader([("x", torch.ones(1)), ("y", torch.zeros(1))], batch_size=2))), next(iter(DataLoader(["p", "q"], batch_size=2))))
print(next(iter(DataLoader([{"t": "a", "v": 1}, {"t": "b", "v": 2}], batch_size=2))), tud.get_worker_info())
for bad in [lambda: RandomSampler(range(3), num_samples=0), lambda: BatchSampler(range(3), 0, False),
            lambda: DataLoader(ds, shuffle=True, sampler=[1]), lambda: DataLoader(ds, batch_size=2, batch_sampler=[[1]]),
            lambda: DataLoader(Stream(2), shuffle=True), lambda: WeightedRandomSampler([1.0], 0),
            lambda: len(DataLoader(Stream(2))), lambda: RandomSampler(range(3), replacement=1),
            lambda: WeightedRandomSampler([[1.0]], 2), lambda: ConcatDataset([]), lambda: ConcatDataset([Stream(1)])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    cat[5]
except IndexError as e:
    print("IndexError:", e)
list(Sampler(None))
