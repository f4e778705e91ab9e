# random_split with lengths PyTorch 1.13 takes as they are (a negative one slices from the end) and
# fractions that do not add up to 1 (tester S7, S25).
import torch
from torch.utils.data import random_split

torch.set_default_dtype(torch.float64)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


g = torch.Generator().manual_seed(0)
attempt(lambda: [list(s) for s in random_split([10, 20, 30], [-1, 4], generator=g)])
attempt(lambda: [list(s) for s in random_split([10, 20, 30], [0, 3], generator=g)])
attempt(lambda: [list(s) for s in random_split(range(5), [0.5, 0.7], generator=g)])
attempt(lambda: [list(s) for s in random_split(range(5), [2, 2], generator=g)])
attempt(lambda: [list(s) for s in random_split(range(5), [0.4, 0.6], generator=g)])
