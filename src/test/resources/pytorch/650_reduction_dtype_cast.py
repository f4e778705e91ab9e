# sum/prod/mean(dtype=...) cast the input before they reduce (1.5 + 2.5 summed as int64 is 1 + 2), mean takes only a
# floating dtype, nansum none that is integral, amax no dtype at all (tester Z1). Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.5, 2.5], [3.7, -1.2]])
n = torch.tensor([[1, 2], [3, 4]])
cases = [
    lambda: x.sum(dtype=torch.int64), lambda: x.sum(1, dtype=torch.int64), lambda: torch.sum(x, dtype=torch.int32),
    lambda: x.sum(0, keepdim=True, dtype=torch.int64), lambda: x.prod(dtype=torch.int64), lambda: n.prod(1, dtype=torch.float64),
    lambda: x.mean(dtype=torch.float64), lambda: x.mean(1, dtype=torch.float64), lambda: n.mean(dtype=torch.float64),
    lambda: n.sum(dtype=torch.float64), lambda: torch.tensor([True, True]).sum(dtype=torch.bool),
    lambda: torch.tensor([200, 100], dtype=torch.uint8).sum(dtype=torch.int8), lambda: x.cumsum(0, dtype=torch.int64),
    lambda: x.mean(dtype=torch.int64), lambda: n.mean(), lambda: x.nansum(dtype=torch.int64), lambda: x.amax(dtype=torch.int64),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
y = torch.tensor([1.5, 2.5], requires_grad=True)
s = y.sum(dtype=torch.float64)
s.backward()
print(s, y.grad)
