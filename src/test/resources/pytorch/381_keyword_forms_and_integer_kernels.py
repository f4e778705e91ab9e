# Keyword forms of the functions added for finding #121 (session 11's review), the integer-tensor
# errors of kernels PyTorch has only for floating types, the int64 trace's wrap-around and
# sinc's gradient where x*x*pi underflows. Source: PyTorch 1.13 docs' signatures of lerp,
# bucketize, searchsorted, clamp_min, movedim, unflatten, polygamma, addcmul, tril_indices, tile,
# repeat_interleave, diff, hypot, logaddexp, trace; derivatives.yaml's sinc_backward.
import torch
torch.set_default_dtype(torch.float64)

a = torch.tensor([1., 2., 3.]); b = torch.tensor([4., 5., 6.])
i = torch.tensor([3, 4]); f = torch.tensor([1., 2.]); t = torch.tensor([True, False])


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e)[:120])


show("lerp weight=", lambda: torch.lerp(a, b, weight=0.5))
show("method lerp end= weight=", lambda: a.lerp(end=b, weight=0.5))
show("bucketize boundaries=", lambda: torch.bucketize(a, boundaries=b))
show("bucketize input= boundaries=", lambda: torch.bucketize(input=a, boundaries=b, right=True))
show("searchsorted by name", lambda: torch.searchsorted(sorted_sequence=b, input=a))
show("searchsorted side right, right False", lambda: torch.searchsorted(b, torch.tensor([5.]), side="right", right=False))
show("searchsorted side left, right True", lambda: torch.searchsorted(b, a, side="left", right=True))
show("clamp_min min=", lambda: a.clamp_min(min=2.))
show("clamp_max max=", lambda: torch.clamp_max(a, max=2.))
show("movedim source= destination=", lambda: torch.movedim(torch.zeros(2, 3), source=0, destination=1).shape)
show("unflatten dim= sizes=", lambda: torch.zeros(6).unflatten(dim=0, sizes=(2, 3)).shape)
show("polygamma method n=", lambda: a.polygamma(n=1))
show("polygamma n= input=", lambda: torch.polygamma(n=2, input=a))
show("polygamma tensor n", lambda: torch.polygamma(a, 2))
show("tril_indices row= col=", lambda: torch.tril_indices(row=3, col=3))
show("triu_indices offset=", lambda: torch.triu_indices(3, 3, offset=1))
show("diff n= dim=", lambda: torch.diff(a, n=1, dim=0))
show("tile dims=", lambda: a.tile(dims=(2,)))
show("repeat_interleave repeats=", lambda: a.repeat_interleave(repeats=2, dim=0))
show("hypot other=", lambda: torch.hypot(a, other=b))
show("logaddexp other=", lambda: torch.logaddexp(a, other=b))
show("hypot number", lambda: torch.hypot(f, 2))
show("trace input=", lambda: torch.trace(input=torch.eye(2)))
show("addcmul tensor1= tensor2=", lambda: a.addcmul(tensor1=a, tensor2=b, value=2))
show("add other=", lambda: torch.add(f, other=2))
show("sub input= other= alpha=", lambda: torch.sub(input=f, other=f, alpha=3))

show("lerp int", lambda: torch.lerp(i, torch.tensor([5, 6]), 0.5))
show("lerp int weight tensor", lambda: torch.lerp(i, i, i))
show("lerp float, int end", lambda: torch.lerp(f, i, 0.5))
show("lerp float, int weight", lambda: torch.lerp(f, f, i))
show("hypot int", lambda: torch.hypot(i, i))
show("hypot int, float", lambda: torch.hypot(i, f))
show("hypot bool", lambda: torch.hypot(t, t))
show("logaddexp int", lambda: torch.logaddexp(i, i))
show("logaddexp int, float", lambda: torch.logaddexp(i, f))
show("addcdiv int", lambda: torch.addcdiv(f, i, i))
show("addcdiv int input", lambda: torch.addcdiv(i, f, f))
show("addcmul int", lambda: torch.addcmul(i, i, i, value=2))
show("addcmul int, value 0.5", lambda: torch.addcmul(i, i, i, value=0.5))
show("addcmul mixed", lambda: torch.addcmul(i, f, i))
show("addcmul bool", lambda: torch.addcmul(t, t, t))
show("addcmul_ int", lambda: i.clone().addcmul_(i, i))
show("addcmul int wraps", lambda: torch.addcmul(torch.tensor([2**62]), torch.tensor([2**31]), torch.tensor([2**31])))
show("trace int", lambda: torch.trace(torch.tensor([[1, 2], [3, 4]])))
show("trace int wraps", lambda: torch.tensor([[2**62, 1], [0, 2**62]]).trace())
show("trace bool", lambda: torch.trace(torch.tensor([[True, False], [True, True]])))

x = torch.tensor([1e-170, 1e-300, 0.0, 1e-10, 0.25, -3.5], requires_grad=True)
torch.sinc(x).sum().backward()
print("sinc grad", x.grad.tolist())
