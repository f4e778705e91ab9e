# PyTorch 1.13's elu kernel computes (exp(x*input_scale) - 1) * (alpha*scale), exp then minus one
# (not expm1): the last bits near 0 show it, and -0.0 gives +0.0; the gradient at +inf is the
# positive side's slope, not NaN. elu, selu and celu as .item()/.tolist() print them (float64).
import torch
import torch.nn.functional as F
x = torch.tensor([-1e-8, -0.0, -0.5, -3.0, -1e-3, float('inf'), 2.0], dtype=torch.float64, requires_grad=True)
for f, kw in [(F.elu, dict(alpha=1.0)), (F.elu, dict(alpha=0.7)), (F.selu, {}), (F.celu, dict(alpha=2.0))]:
    y = f(x, **kw)
    print(f.__name__, kw, [repr(v) for v in y.tolist()])
    g, = torch.autograd.grad(y.sum(), x)
    print('  grad', g.tolist())
print(F.elu(torch.tensor([-0.0], dtype=torch.float64)).tolist())
