# Gradients through an empty dim list, which torch 1.13 reduces over every dim: var/std (and var_mean/std_mean) divide by
# the entries over the dims given, none, so 1 - correction (infinite for the default); mean, norm, amax, nansum as over
# every dim (review R5 of tester Z61). Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(3)
x = torch.randn(2, 3, 4)
def g(name, f):
    y = x.clone().requires_grad_()
    try:
        out = f(y)
        out.sum().backward() if not isinstance(out, tuple) else sum(o.sum() for o in out).backward()
        print(name, repr(y.grad.abs().sum().item()), repr(y.grad.sum().item()))
    except Exception as e:
        print(name, type(e).__name__, e)
for kd in [False, True]:
    g("var_mean%s" % kd, lambda y: torch.var_mean(y, dim=(), keepdim=kd))
    g("std_mean%s" % kd, lambda y: torch.std_mean(y, dim=[], keepdim=kd))
    g("var_mean_only_mean%s" % kd, lambda y: torch.var_mean(y, dim=(), keepdim=kd)[1])
    g("var_c0%s" % kd, lambda y: torch.var(y, dim=(), unbiased=False, keepdim=kd))
    g("std_corr2%s" % kd, lambda y: torch.std(y, dim=(), correction=2, keepdim=kd))
    g("mean%s" % kd, lambda y: y.mean(dim=(), keepdim=kd))
    g("norm%s" % kd, lambda y: y.norm(dim=(), keepdim=kd))
    g("vector_norm%s" % kd, lambda y: torch.linalg.vector_norm(y, dim=(), keepdim=kd))
    g("amax%s" % kd, lambda y: y.amax(dim=(), keepdim=kd))
    g("nansum%s" % kd, lambda y: y.nansum(dim=(), keepdim=kd))
    g("nanmean%s" % kd, lambda y: y.nanmean(dim=(), keepdim=kd))
    g("sum%s" % kd, lambda y: (y * y).sum(dim=(), keepdim=kd))
