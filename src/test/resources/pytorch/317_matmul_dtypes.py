# Matrix products take one dtype only (no promotion, unlike +): an int64 batch into a float model,
# float @ long, mm/mv/dot/bmm/addmm/einsum with mixed types fail with PyTorch's messages (tester's
# finding: adjoint computed a float result), and bool matrices are refused by each kernel.
import torch
torch.set_default_dtype(torch.float64)


def show(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


f, l, b = torch.ones(2, 2), torch.ones(2, 2).long(), torch.ones(2, 2).bool()
fv, lv, bv = torch.ones(2), torch.ones(2).long(), torch.ones(2).bool()
torch.manual_seed(0)
show("Linear", lambda: torch.nn.Linear(2, 1)(torch.tensor([[1, 2]])))
show("Linear 1-d", lambda: torch.nn.Linear(2, 1)(torch.tensor([1, 2])))
show("Linear 3-d", lambda: torch.nn.Linear(2, 1)(torch.ones(1, 1, 2).long()))
show("Sequential", lambda: torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU())(torch.tensor([[1, 2]])))
show("Linear double", lambda: torch.nn.Linear(2, 1)(torch.tensor([[1, 2]]).double()).shape)
show("F.linear", lambda: torch.nn.functional.linear(torch.tensor([[1, 2]]), torch.ones(1, 2)))
show("F.linear bias", lambda: torch.nn.functional.linear(torch.ones(1, 2), torch.ones(1, 2), torch.ones(1).long()))
show("f@l", lambda: f @ l)
show("l@f", lambda: l @ f)
show("l@l", lambda: l @ l)
show("f@b", lambda: f @ b)
show("b@b", lambda: b @ b)
show("bv@bv", lambda: bv @ bv)
show("b@bv", lambda: b @ bv)
show("bv@b", lambda: bv @ b)
show("b3@b3", lambda: torch.ones(1, 2, 2).bool() @ torch.ones(1, 2, 2).bool())
show("fv@lv", lambda: fv @ lv)
show("lv@lv", lambda: lv @ lv)
show("f@lv", lambda: f @ lv)
show("lv@f", lambda: lv @ f)
show("mm", lambda: torch.mm(f, l))
show("x.mm", lambda: l.mm(f))
show("matmul", lambda: torch.matmul(f, l))
show("dot", lambda: torch.dot(fv, lv))
show("mv", lambda: torch.mv(f, lv))
show("bmm", lambda: torch.bmm(torch.ones(1, 2, 2), torch.ones(1, 2, 2).long()))
show("batch@l", lambda: torch.ones(3, 2, 2) @ l)
show("addmm", lambda: torch.addmm(fv, f, l))
show("addmm self", lambda: torch.addmm(lv, f, f))
show("addmm mat1", lambda: torch.addmm(fv, l, f))
show("addmm long", lambda: torch.addmm(lv, l, l))
show("addmm", lambda: torch.addmm(fv, f, f * 2, beta=0.5, alpha=3))
show("addmm 1-d", lambda: torch.addmm(fv, fv, f))
show("einsum", lambda: torch.einsum("ij,jk->ik", f, l))
show("outer", lambda: torch.outer(fv, lv))
show("f+l", lambda: f + l)
x = torch.ones(2, 3, requires_grad=True)
y = torch.addmm(torch.zeros(2, 2, requires_grad=True), x, torch.ones(3, 2))
y.sum().backward()
print(y, x.grad)
