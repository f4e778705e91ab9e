# Arguments PyTorch 1.13 refuses (S14, S26) and the empty-split warning's case (S25): TensorDataset
# of what has no size(0), DataLoader's timeout / prefetch_factor / persistent_workers without
# workers, default_collate of bytes and of what is no sequence, randperm's message for a
# generator that is not one, BatchSampler's message (format of the value), topk's k, the target
# of get_submodule / get_parameter / get_buffer, state_dict's prefix.
import torch
import numpy as np
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, RandomSampler, SubsetRandomSampler, BatchSampler, random_split, default_collate
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
ds = TensorDataset(torch.ones(3))
t(lambda: TensorDataset([1, 2, 3]))
t(lambda: TensorDataset(torch.ones(2), [1, 2]))
t(lambda: TensorDataset(np.ones(2)))
t(lambda: TensorDataset(torch.tensor(1.)))
t(lambda: TensorDataset(torch.ones(2), torch.ones(3), [1]))
t(lambda: len(TensorDataset(torch.ones(2), torch.zeros(2, 3))))
t(lambda: DataLoader(ds, timeout=-1))
t(lambda: DataLoader(ds, timeout=-0.5, num_workers=-1))
t(lambda: DataLoader(ds, timeout=0.5).timeout)
t(lambda: DataLoader(ds, persistent_workers=True))
t(lambda: DataLoader(ds, prefetch_factor=3))
t(lambda: DataLoader(ds, prefetch_factor=2).batch_size)
t(lambda: DataLoader(ds, batch_size=torch.tensor(2)))
t(lambda: DataLoader(ds, batch_size="a"))
t(lambda: BatchSampler([1], 2, "x"))
t(lambda: default_collate([b"ab", b"cd"]))
t(lambda: default_collate(5))
t(lambda: default_collate([]))
t(lambda: default_collate({1: 2}))
t(lambda: default_collate("abc"))
t(lambda: list(RandomSampler(range(3), generator=5)))
t(lambda: list(SubsetRandomSampler([1, 2], generator="g")))
t(lambda: random_split([1, 2, 3], [1, 2], generator=5))
t(lambda: random_split([1, 2, 3], [1, 5], generator=5))
t(lambda: torch.randperm(3, generator=5))
t(lambda: torch.randperm(3, generator=None).shape)
torch.manual_seed(0)
print([list(s) for s in random_split(range(3), [0.5, 0.5])], [list(s) for s in random_split([], [0.5, 0.5])], [len(s) for s in random_split(range(4), [0.1, 0.9])])
x = torch.tensor([1., 2., 3.])
t(lambda: x.topk(True))
t(lambda: x.topk(2.0))
t(lambda: x.topk(torch.tensor(2)))
t(lambda: torch.topk(x, False))
t(lambda: x.kthvalue(1.5))
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
t(lambda: m.get_submodule(None))
t(lambda: m.get_submodule(5))
t(lambda: m.get_parameter(5))
t(lambda: m.get_buffer(None))
t(lambda: m.state_dict(prefix=5))
t(lambda: list(m.state_dict(prefix="net.").keys()))
