import torch
import numpy as np
torch.set_default_dtype(torch.float64)

# PyTorch reads a NumPy scalar as a Python number (np.bool_ as a float): comparisons give bool
# tensors, not a Python bool (tester finding X41), and functions take them where they take a Number.
t = torch.tensor([1., 3.])
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: t == np.float64(1))
show(lambda: t != np.float32(1))
show(lambda: t < np.float64(2))
show(lambda: t >= np.int64(2))
show(lambda: np.float64(2) > t)
show(lambda: np.float64(1) == t)
show(lambda: torch.tensor(2.) < np.mean([1., 5.]))
show(lambda: t == np.float64('nan'))
show(lambda: torch.tensor([1, 2]) == np.int32(2))
show(lambda: torch.tensor([1, 2]) < np.float32(1.5))
show(lambda: torch.tensor([1, 2]) == np.bool_(True))
show(lambda: max(np.float64(1), t[0]))
show(lambda: max(t[0], np.float64(1)))
show(lambda: min(np.float64(5), t[1]))
show(lambda: sorted([t[1], np.float64(2), t[0]]))
show(lambda: np.float64(1) in t)

# arithmetic: the tensor's reflected methods; np.bool_ is a float to PyTorch
show(lambda: np.float64(2) - t)
show(lambda: np.int64(7) // torch.tensor([2, 3]))
show(lambda: torch.tensor([1, 2]) + np.bool_(True))
show(lambda: torch.tensor([True]) & np.bool_(True))
show(lambda: torch.tensor([1, 2], dtype=torch.uint8) * np.int64(300))
show(lambda: np.float64(2) @ t)
show(lambda: t @ 2)
x = torch.tensor([[1., -2.], [3., 4.]], requires_grad=True)
show(lambda: type((np.float64(2) - x).grad_fn).__name__)
show(lambda: type((x * np.float64(2)).grad_fn).__name__)

# where a function takes a Number or an int
y = x.detach()
show(lambda: y.eq(np.float64(1)))
show(lambda: y.add(np.float64(1)))
show(lambda: y.pow(np.int64(2)))
show(lambda: y.clamp(min=np.float64(0), max=np.float32(3)))
show(lambda: torch.full((2,), np.int64(3)))
show(lambda: torch.full((2,), np.float64(2.5)))
show(lambda: y.new_full((2,), np.float64(7)))
show(lambda: torch.arange(np.int64(5)))
show(lambda: y.view(np.int64(4)))
show(lambda: y.sum(dim=np.int64(0)))
show(lambda: torch.zeros(np.int64(3)))
show(lambda: y.masked_fill(y > 0, np.float64(0)))
show(lambda: torch.where(y > 0, y, np.float64(0)))
show(lambda: torch.maximum(y, np.float64(2)))
show(lambda: torch.maximum(y, 2.0))
