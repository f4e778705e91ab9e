# An empty dim list reduces over every dim in torch 1.13 (keepdim=True leaves ones), logsumexp has its own
# rule; repeated dims and dim=None where 1.13 has no such overload are torch's errors; all/any take one int
# dim only in 1.13 (tester Z61, Z62, Z63). Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(3)
x = torch.randn(2, 3, 4)
b = x > 0


def show(name, f):
    try:
        r = f()
        if isinstance(r, torch.Tensor):
            print(name, tuple(r.shape), r.dtype, repr(r.sum().item()), r.grad_fn.name() if r.grad_fn else None)
        else:
            print(name, r)
    except Exception as e:
        print(name, type(e).__name__, e)


for dims in [(), []]:
    for kd in [False, True]:
        tag = str(dims) + str(kd)
        show("sum" + tag, lambda: x.sum(dim=dims, keepdim=kd))
        show("torch.sum" + tag, lambda: torch.sum(x, dims, kd))
        show("mean" + tag, lambda: x.mean(dim=dims, keepdim=kd))
        show("nansum" + tag, lambda: torch.nansum(x, dim=dims, keepdim=kd))
        show("nanmean" + tag, lambda: torch.nanmean(x, dim=dims, keepdim=kd))
        show("amax" + tag, lambda: torch.amax(x, dim=dims, keepdim=kd))
        show("amin" + tag, lambda: x.amin(dim=dims, keepdim=kd))
        show("std" + tag, lambda: x.std(dim=dims, keepdim=kd))
        show("var" + tag, lambda: torch.var(x, dim=dims, keepdim=kd))
        show("var_unbiased" + tag, lambda: torch.var(x, dims, False, kd))
        show("std_mean" + tag, lambda: torch.std_mean(x, dim=dims, keepdim=kd)[0])
        show("logsumexp" + tag, lambda: torch.logsumexp(x, dim=dims, keepdim=kd))
        show("norm" + tag, lambda: torch.norm(x, dim=dims, keepdim=kd))
        show("vector_norm" + tag, lambda: torch.linalg.vector_norm(x, dim=dims, keepdim=kd))
        show("count_nonzero" + tag, lambda: torch.count_nonzero(b, dim=dims))
show("sum_dtype", lambda: x.sum(dim=(), dtype=torch.int64))
show("sum_0d", lambda: torch.tensor(2.5).sum(dim=()))
show("mean_1d_loss", lambda: torch.tensor([1.0, 2.0, 4.0]).mean(dim=tuple(range(1, 1))))
y = x.clone().requires_grad_()
y.sum(dim=()).backward()
print("grad sum", y.grad.sum().item())
y.grad = None
y.std(dim=[]).backward()
print("grad std", repr(y.grad.abs().sum().item()))
for name, f in [
    ("sum", lambda: x.sum(dim=(1, 1))), ("sum_neg", lambda: x.sum(dim=(2, -1))), ("mean", lambda: x.mean(dim=[0, 0])),
    ("amax", lambda: x.amax(dim=(1, 1))), ("std", lambda: x.std(dim=(1, 1))), ("var", lambda: torch.var(x, (0, 0))),
    ("norm", lambda: x.norm(dim=(1, 1))), ("torch.norm", lambda: torch.norm(x, dim=[2, -1])),
    ("vector_norm", lambda: torch.linalg.vector_norm(x, dim=(1, 1))), ("logsumexp", lambda: x.logsumexp(dim=(1, 1))),
    ("count_nonzero", lambda: torch.count_nonzero(b, dim=(1, 1))), ("nansum", lambda: x.nansum(dim=(0, 0))),
    ("nanmean", lambda: x.nanmean(dim=(0, 0))), ("amin", lambda: torch.amin(x, (2, 2))),
    ("all_tuple", lambda: torch.all(b, dim=(0, 2))), ("any_tuple", lambda: b.any(dim=(0, 2))),
    ("all_list", lambda: b.all(dim=[1])), ("any_kd_tuple", lambda: torch.any(b, dim=(0, 2), keepdim=True)),
]:
    show("repeated_" + name, f)
for name, f in [
    ("max", lambda: x.max(dim=None)), ("min", lambda: torch.min(x, dim=None)), ("squeeze", lambda: x.squeeze(dim=None)),
    ("prod", lambda: x.prod(dim=None)), ("softmax", lambda: torch.softmax(x, dim=None)), ("log_softmax", lambda: x.log_softmax(dim=None)),
    ("cumsum", lambda: x.cumsum(dim=None)), ("cumprod", lambda: torch.cumprod(x, dim=None)), ("logsumexp", lambda: torch.logsumexp(x, dim=None)),
    ("argmax", lambda: x.argmax(dim=None)), ("sum", lambda: x.sum(dim=None)), ("mean", lambda: x.mean(dim=None)),
    ("std", lambda: x.std(dim=None)), ("amax", lambda: x.amax(dim=None)), ("all", lambda: b.all(dim=None)),
    ("any", lambda: torch.any(b, dim=None)), ("median", lambda: x.median(dim=None)), ("sort", lambda: x.sort(dim=None)),
    ("unsqueeze", lambda: x.unsqueeze(dim=None)), ("count_nonzero", lambda: torch.count_nonzero(b, dim=None)),
    ("norm", lambda: x.norm(dim=None)), ("nansum", lambda: x.nansum(dim=None)),
]:
    show("none_" + name, f)
