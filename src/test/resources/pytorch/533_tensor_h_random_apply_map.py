# Tensor.H / mH (the transpose of real tensors, TransposeBackward0) and their errors, random_ (PyTorch's
# draws for a seed, its bounds check), apply_ / map_ (a Python function per element; refused on a
# tensor that requires grad), is_sparse, to_dense, share_memory_.
import torch
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = torch.arange(6.).reshape(2, 3).requires_grad_()
print(m.H, m.mH, torch.ones(2, 2, 3).mH.shape, torch.tensor(2.).H, type(m.H.grad_fn).__name__)
m.H.sum().backward()
print(m.grad)
t(lambda: torch.ones(3).H)
t(lambda: torch.ones(3).mH)
t(lambda: torch.ones(2, 2, 2).H)
torch.manual_seed(0)
print(torch.empty(3).random_(5, 10), torch.empty(2).random_(), torch.empty(2).random_(7), torch.empty(4, dtype=torch.int64).random_(-5, 5))
g = torch.Generator().manual_seed(3)
print(torch.empty(3).random_(0, 100, generator=g))
t(lambda: torch.ones(2).random_(5, 2))
t(lambda: torch.ones(2).random_(-3))
x = torch.tensor([1., 2., 3.])
print(x.apply_(lambda v: v * v + 1), x)
print(x.map_(torch.tensor([10., 20., 30.]), lambda a, b: b - a), torch.ones(3, 2).map_(torch.tensor([1., 2.]), lambda a, b: a + b))
print(torch.tensor([1, 2]).apply_(lambda v: v * 1.5), x.is_sparse, x.to_dense() is x, x.share_memory_() is x)
t(lambda: torch.ones(2, requires_grad=True).apply_(lambda v: v))
t(lambda: torch.ones(2, requires_grad=True).map_(torch.ones(2), lambda a, b: a))
t(lambda: torch.ones(2).map_(torch.ones(3), lambda a, b: a))
t(lambda: torch.ones(2).apply_(lambda v: "a"))
