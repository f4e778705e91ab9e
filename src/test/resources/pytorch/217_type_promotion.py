# Integer/float semantics that decide whether a student's numbers are right (torch docs on type promotion);
# the lines that differ (int ** -1, .int(), fmod, finfo, round(tensor)) are in tester-findings
import torch
torch.set_default_dtype(torch.float64)
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r, type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).split("\n")[0])
a = torch.tensor([1, 2, 3])
attempt("int mean", lambda: a.mean())
attempt("int * 0.5", lambda: a * 0.5)
def iadd():
    b = torch.tensor([1, 2])
    b += 0.5
    return b
attempt("int += 0.5", iadd)
attempt("int add_ 1.5", lambda: torch.tensor([1, 2]).add_(1.5))
attempt("float sum == 0.3", lambda: torch.tensor([0.1, 0.2]).sum() == 0.3)
attempt("round half even", lambda: torch.tensor([0.5, 1.5, 2.5, -0.5]).round())
attempt("long div", lambda: torch.tensor([7, -7]) / 2)
attempt("floor_divide", lambda: torch.tensor([7, -7]) // 2)
attempt("remainder", lambda: torch.tensor([7, -7]) % 3)
attempt("bool sum", lambda: (a > 1).sum())
attempt("item type", lambda: a.sum().item())
attempt("float item type", lambda: a.double().sum().item())
attempt("std unbiased", lambda: torch.tensor([1., 2., 3., 4.]).std())
attempt("std unbiased=False", lambda: torch.tensor([1., 2., 3., 4.]).std(unbiased=False))
attempt("var", lambda: torch.tensor([1., 2., 3., 4.]).var())
attempt("max empty", lambda: torch.tensor([]).max())
attempt("argmax ties", lambda: torch.tensor([1, 3, 3]).argmax())
attempt("max dim ties", lambda: torch.tensor([[1, 3, 3]]).max(dim=1))
attempt("int tensor from floats", lambda: torch.tensor([1.7, 2.2], dtype=torch.long))
attempt("tensor of bools", lambda: torch.tensor([True, False]) * 2)
attempt("int / int tensor", lambda: torch.tensor(7) / torch.tensor(2))
attempt("true_divide int", lambda: torch.true_divide(torch.tensor([3]), 2))
attempt("abs min int", lambda: torch.tensor([-3, 2]).abs())
attempt("sqrt of int", lambda: torch.tensor([4, 9]).sqrt())
attempt("exp of int", lambda: torch.tensor([0, 1]).exp())
attempt("sum dtype int", lambda: torch.tensor([1, 2]).sum(dtype=torch.float64))
attempt("clamp int", lambda: torch.tensor([1, 5]).clamp(max=3))
attempt("where mixed", lambda: torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), torch.tensor([0.5, 0.5])))
attempt("cat mixed", lambda: torch.cat([torch.tensor([1]), torch.tensor([0.5])]))
attempt("eq float int", lambda: torch.tensor([1.0, 2.0]) == torch.tensor([1, 3]))
def setitem():
    b = torch.tensor([1, 2, 3])
    b[0] = 2.7
    return b
attempt("b[0] = 2.7", setitem)
def mask_assign():
    x = torch.tensor([-1., 2., -3.])
    x[x < 0] = 0
    return x
attempt("mask assign", mask_assign)
attempt("min max of int", lambda: (a.min(), a.max(), a.min().item()))
attempt("prod", lambda: torch.tensor([2, 3, 4]).prod())
attempt("cumsum int", lambda: a.cumsum(0))
attempt("arange float step", lambda: torch.arange(0, 1, 0.25))
attempt("zeros int", lambda: torch.zeros(2, dtype=torch.int64) + 1.5)
attempt("python sum of tensors", lambda: sum([torch.tensor(1.5), torch.tensor(2.5)]))
attempt("max of list of tensors", lambda: max([torch.tensor(1.5), torch.tensor(2.5)]))
attempt("sorted tensors", lambda: sorted([torch.tensor(2.5), torch.tensor(1.5)]))
attempt("int(tensor)", lambda: int(torch.tensor(2.9)))
attempt("tensor in list", lambda: torch.tensor(2) in [1, 2, 3])
attempt("list index tensor", lambda: [10, 20, 30][torch.tensor(1)])
attempt("range tensor", lambda: list(range(torch.tensor(3))))
attempt("dict key tensor", lambda: len({torch.tensor(1): "a", torch.tensor(1): "b"}))
attempt("dtype", lambda: (torch.linspace(0, 1, 3).dtype, torch.arange(3).dtype))
