# Order statistics with ties, as tester finding #19 found them (CS231n-style data with repeated values;
# the PyTorch docs' torch.median/kthvalue/mode examples): median() and nanmedian() of all entries share
# their gradient evenly among the entries equal to the value (PyTorch's evenly_distribute_backward);
# along a dim, the index returned (and the entry the gradient goes to) is the one PyTorch's CPU kernels
# leave among equal values: nth_element by (value, index) for median, Torch's quickselect for
# kthvalue, std::sort by value for mode (rows longer than 16 take introsort's partitioning path).
import torch
torch.set_default_dtype(torch.float64)
nan = float('nan')
state = [12345]
def draw(m):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % m
for n in [1, 2, 3, 4, 5, 7, 16, 17, 18, 33, 60]:
    rows = []
    for r in range(6):
        m = [1, 2, 3, 5, 20, 3][r]
        row = [float(draw(m + 1)) for _ in range(n)]
        if r == 5:
            row[draw(n)] = nan
        rows.append(row)
    x = torch.tensor(rows)
    print(n, x.median(1).indices.tolist(), x.nanmedian(1).indices.tolist(), x.mode(1).indices.tolist(),
          [x.kthvalue(k, 1).indices.tolist() for k in sorted({1, (n + 1) // 2, n})])
    print(x.t().mode(0).indices.tolist(), x.t().kthvalue((n + 1) // 2, 0).indices.tolist())
allnan = torch.full((2, 9), nan)
print(allnan.nanmedian(1), torch.tensor([[nan, nan, nan, 1., nan, 2.]]).nanmedian(-1))
for f in [lambda: torch.tensor([[1., 2], [3, 4]]).kthvalue(3, 1), lambda: torch.ones(2, 2).kthvalue(0), lambda: torch.ones(2, 2).kthvalue(2, 2),
          lambda: torch.tensor(5.).kthvalue(1), lambda: torch.tensor(5.).kthvalue(1, 0), lambda: torch.tensor(5.).mode(), lambda: torch.tensor(5.).median(-1),
          lambda: torch.tensor([]).mode(), lambda: torch.tensor([]).kthvalue(1), lambda: torch.ones(2, 2).mode(keepdim=True),
          lambda: torch.kthvalue(torch.tensor([[1., 2], [3, 4]]), 1, dim=0, keepdim=True), lambda: torch.mode(torch.tensor([[1., 2], [3, 4]]), 0),
          lambda: torch.tensor([1, 2, 2]).mode(), lambda: torch.tensor([True]).mode(), lambda: torch.tensor([1, 2]).kthvalue(1),
          lambda: torch.nanmedian(torch.tensor([[1., nan], [nan, nan]]), 1), lambda: torch.nanmedian(torch.tensor([nan, nan])),
          lambda: torch.tensor([[1., 2], [3, 4]]).median(), lambda: torch.ones(2).kthvalue(2.0), lambda: torch.kthvalue(torch.ones(2), 1.5), lambda: torch.ones(2).kthvalue(k=1.5), lambda: torch.ones(2).kthvalue(True), lambda: torch.zeros(0, 3).mode(1),
          lambda: torch.zeros(0, 3).mode(0), lambda: torch.zeros(0, 3).median(0), lambda: torch.tensor([1., nan, 0.]).median(),
          lambda: torch.tensor([1, 5, 3]).median(), lambda: torch.tensor([2, 2, 1]).nanmedian()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# gradients: median/nanmedian of all entries share among ties; with dim, to the index returned
x = torch.tensor([[3., 1., 2., 1.], [3., 2., nan, 2.]], requires_grad=True)
for name, f in [("median", lambda: x[0].median()), ("nanmedian", lambda: x.nanmedian()), ("median nan", lambda: x.median()),
                ("median dim", lambda: x.median(1).values.sum()), ("nanmedian dim", lambda: x.nanmedian(1).values.sum()),
                ("kthvalue", lambda: x.kthvalue(2, 1).values.sum()), ("mode", lambda: x.mode(1).values.sum()), ("mode dim 0", lambda: x.mode(0).values.sum())]:
    y = f()
    x.grad = None
    y.backward()
    print(name, y, x.grad)
t = torch.tensor([2., 1., 2., 3.], requires_grad=True)
print(torch.autograd.gradcheck(lambda v: v.median(), (torch.tensor([3., 1., 2.], requires_grad=True),)))
