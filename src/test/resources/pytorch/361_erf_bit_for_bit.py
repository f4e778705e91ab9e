# torch.erf in float64 is SLEEF's 1-ulp vector erf (Sleef_erfd4_u10 on AVX2) for every element;
# its last bit differed from adjoint's former erf (commons-math3) for one input in three. Printed
# with each value's last six hex digits, as the suite compares printed numbers to 1e-9 only.
import torch
torch.set_default_dtype(torch.float64)
def bits(v):
    return v.hex().split('p')[0][-6:]
xs = [0.10410026465188338, -1.056731352004805, 1.079441280644982, -1.4464733548890774, 1.1424022912745269,
      0.6684225199338094, -0.0, 1e-300, 0.5, 0.9999999999999999, 1.0, 2.0, 3.6999999999999997, 3.7, 5.5, 6.0, 27.0,
      float('inf'), float('-inf'), float('nan')]
ys = torch.erf(torch.tensor(xs)).tolist()
for x, y in zip(xs, ys):
    print(x, y, bits(y))
x = torch.linspace(-4, 4, 41, requires_grad=True)
y = torch.erf(x)
print([bits(v) for v in y.tolist()])
g, = torch.autograd.grad(y.sum(), x)
print(g[::8], y.grad_fn.name())
