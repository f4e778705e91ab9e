# Review fixes (checked against torch 1.13): searchsorted/bucketize put NaN last as PyTorch's test does, a 0-d tensor's movedim, and repeat_interleave's negative counts are PyTorch's RuntimeError.
import torch
nan = float('nan')
print(torch.searchsorted(torch.tensor([1., 2., 3.]), torch.tensor([nan, 2.])), torch.searchsorted(torch.tensor([1., 2., 3.]), torch.tensor([nan]), right=True), torch.bucketize(torch.tensor([nan, 0.5]), torch.tensor([1., 2.])))
print(torch.tensor(1.).movedim(0, 0), torch.tensor(2.).moveaxis(-1, 0))
for f in [lambda: torch.repeat_interleave(torch.tensor([-1])), lambda: torch.repeat_interleave(torch.tensor([2, -1])), lambda: torch.arange(2).repeat_interleave(torch.tensor([1, -1]))]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
