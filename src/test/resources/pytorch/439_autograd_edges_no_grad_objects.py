# U4 (binary_cross_entropy's backward at saturated p: torch's float epsilon 1e-12; the losses' backward
# kernels' order of rounding: BCE, BCEWithLogits, smooth_l1, soft_margin), U8 (signed zeros
# of det's gradient at a singular matrix), U11 (a legacy Function called as MyReLU()(x)) and U7
# (no_grad/enable_grad/set_grad_enabled/inference_mode objects with __enter__/__exit__ by name).
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

for pv, yv in [([1., 1.], [1., 0.]), ([0., 0.], [1., 0.]), ([1e-13, 1 - 1e-13], [0., 1.]), ([0.5, 1.0], [0.3, 0.7])]:
    p = torch.tensor(pv, requires_grad=True)
    F.binary_cross_entropy(p, torch.tensor(yv)).backward()
    print("bce", p.grad.tolist())
p = torch.tensor([1., 0.], requires_grad=True)
F.binary_cross_entropy(p, torch.tensor([0., 1.]), weight=torch.tensor([2., 3.]), reduction="sum").backward()
print("bce weight sum", p.grad.tolist())
p = torch.tensor([1., 0., 0.5], requires_grad=True)
torch.nn.BCELoss(reduction="none")(p, torch.tensor([0.5, 0.5, 0.5])).sum().backward()
print("BCELoss none", p.grad.tolist())
x = torch.tensor([40., -40., 0.], requires_grad=True)
F.binary_cross_entropy_with_logits(x, torch.tensor([0., 1., 1.])).backward()
print("bce logits", x.grad.tolist())
x = torch.tensor([40., -40.], requires_grad=True)
F.binary_cross_entropy(torch.sigmoid(x), torch.tensor([0., 1.])).backward()
print("bce of sigmoid", x.grad.tolist())
# the order of PyTorch's backward kernels (g times the slope, then the weight, then over the count): every digit
p = torch.tensor([0.3, 0.71, 0.05, 0.999, 0.5, 0.123, 0.9], requires_grad=True)
y = torch.tensor([0.2, 0.4, 0.9, 0.1, 0.5, 0.7, 0.33])
w = torch.tensor([0.7, 1.3, 2.9, 0.01, 1.0, 0.37, 2.2])
x = torch.tensor([-2.1, 0.3, 1.7, -0.4, 2.9, 0.05, -1.3], requires_grad=True)
for name, f, t in [("bce mean", lambda: F.binary_cross_entropy(p, y), p), ("bce weight mean", lambda: F.binary_cross_entropy(p, y, weight=w), p),
                   ("bce weight sum", lambda: F.binary_cross_entropy(p, y, weight=w, reduction="sum"), p),
                   ("bce none", lambda: (F.binary_cross_entropy(p, y, reduction="none") * w).sum(), p),
                   ("logits mean", lambda: F.binary_cross_entropy_with_logits(x, y), x), ("logits weight mean", lambda: F.binary_cross_entropy_with_logits(x, y, weight=w), x),
                   ("logits pos_weight mean", lambda: F.binary_cross_entropy_with_logits(x, y, pos_weight=w), x),
                   ("logits weight sum", lambda: F.binary_cross_entropy_with_logits(x, y, weight=w, reduction="sum"), x),
                   ("BCEWithLogitsLoss", lambda: torch.nn.BCEWithLogitsLoss(pos_weight=w)(x, y), x)]:
    t.grad = None
    f().backward()
    print(name, [repr(v) for v in t.grad.tolist()])
x10 = torch.tensor([-2.1, 0.3, 1.7, -0.4, 2.9, 0.05, -1.3, 0.33, 1.1, -0.77], requires_grad=True)
y10 = torch.tensor([0.2, 0.4, 0.9, 0.1, 0.5, 0.7, 0.33, -1.9, 0.6, 0.1])
for beta in [0.7, 1.0, 3.0]:  # the vectorised blocks of 8 and the scalar tail round the middle range differently
    for reduction in ["mean", "sum"]:
        x10.grad = None
        F.smooth_l1_loss(x10, y10, beta=beta, reduction=reduction).backward()
        print("smooth_l1", beta, reduction, [repr(v) for v in x10.grad.tolist()])
s10 = torch.tensor([1., -1., -1., 1., 1., -1., 1., 1., -1., -1.])
for reduction in ["mean", "sum"]:
    x10.grad = None
    F.soft_margin_loss(x10, s10, reduction=reduction).backward()
    print("soft_margin", reduction, [repr(v) for v in x10.grad.tolist()])

for m in [[[1., 2.], [2., 4.]], [[0., 0.], [0., 0.]], [[1., 2., 3.], [2., 4., 6.], [1., 0., 1.]], [[2., 0.], [0., 0.]], [[0., 1.], [0., 0.]],
          [[-1., -2.], [-2., -4.]], [[-3., 1.], [6., -2.]], [[-2., 0.], [-2., 0.]], [[0., 0., 0.], [0., 0., -2.], [0., 3., 0.]],
          [[1., 2., 3., 4.], [2., 4., 6., 8.], [-1., 0., 1., 2.], [3., -1., 2., 0.]],
          [[2., -1., 0., 3., 1.], [4., -2., 0., 6., 2.], [1., 1., 1., 1., 1.], [0., 3., -2., 1., -1.], [-1., 2., 2., 0., 3.]]]:
    a = torch.tensor(m, requires_grad=True)
    torch.det(a).backward()
    print("det", a.grad.tolist())
for m in [[[0.837, -2.85], [-1.35, -1.661]], [[1.419, 1.06, 2.353], [-2.478, -0.468, -2.821], [-1.688, 0.032, -2.841]], [[-1.807, 0.899, 0.27], [-1.677, 0.536, 1.857], [-2.961, 1.835, 1.189]], [[-0.958, -2.067, 2.743, -0.98], [-2.444, -2.42, 2.085, 0.622], [1.843, 1.378, 0.217, 2.839], [-0.729, 0.312, 1.976, 0.711]], [[2.17, 0.464, 1.227, -2.725], [-1.633, -1.264, -2.521, -1.603], [-2.394, -1.332, 0.814, -0.811], [-0.779, -1.743, -1.398, 2.62]], [[0.888, 0.655, -1.973, 1.375, -2.02], [-0.723, 2.937, 0.84, 0.342, 1.108], [2.057, 1.656, -1.626, -2.807, -1.107], [-1.394, -1.734, 2.657, 2.258, -1.112], [0.933, -0.626, 2.487, -0.247, -1.411]], [[-1.52, 0.368, -1.424, 0.508, 2.387], [-0.604, -1.684, 2.985, 0.057, -2.455], [-2.717, -2.342, 0.765, 1.752, -0.467], [-2.619, -0.71, 2.977, 0.175, 2.826], [2.165, -2.931, 1.324, 1.09, 0.222]]]:  # det's last bits: PyTorch's LU factors of A transposed
    print("det value", repr(torch.det(torch.tensor(m)).item()))
a = torch.tensor([[1., 2.], [2., 4.]], requires_grad=True)
torch.linalg.det(a).backward()
print("linalg.det", a.grad.tolist())
a = torch.tensor([[[1., 2.], [2., 4.]], [[1., 2.], [3., 4.]]], requires_grad=True)
torch.det(a).sum().backward()
print("det batch", a.grad.tolist())


class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        ctx.save_for_backward(i)
        return i.clamp(min=0)

    @staticmethod
    def backward(ctx, g):
        i, = ctx.saved_tensors
        return g * (i > 0)


x = torch.tensor([-1., 2.], requires_grad=True)
print(MyReLU.apply(x))
try:
    MyReLU()(x)
except RuntimeError as e:
    print("RuntimeError", e)


class Legacy(torch.autograd.Function):
    def forward(self, i):
        return i * 2


try:
    Legacy()(x)
except RuntimeError as e:
    print("RuntimeError", e)
f = MyReLU()
print(type(f).__name__)

ng = torch.no_grad()
print(type(ng).__name__, type(ng).__module__)
print(ng.__enter__())
y = x * 2
print(y.requires_grad, torch.is_grad_enabled())
print(ng.__exit__(None, None, None))
print(torch.is_grad_enabled(), (x * 2).requires_grad)
eg = torch.enable_grad()
print(type(eg).__name__)
with torch.no_grad():
    eg.__enter__()
    print(torch.is_grad_enabled())
    eg.__exit__(None, None, None)
    print(torch.is_grad_enabled())
sg = torch.set_grad_enabled(False)
print(type(sg).__name__, torch.is_grad_enabled())
sg.__exit__(None, None, None)
print(torch.is_grad_enabled())
with torch.set_grad_enabled(False) as r:
    print(r, torch.is_grad_enabled())
im = torch.inference_mode()
print(type(im).__name__)
im.__enter__()
print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
im.__exit__(None, None, None)
print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
print(isinstance(ng, torch.no_grad), isinstance(torch.no_grad(), torch.no_grad))


@torch.no_grad()
def twice(t):
    return t * 2


print(twice(x).requires_grad)


try:
    @torch.no_grad
    def twice2(t):
        return t * 2
except TypeError as e:
    print("TypeError", e)
with ng:
    print((x * 3).requires_grad)
print((x * 3).requires_grad)
ng = torch.no_grad()
ng.__exit__(None, None, None)  # PyTorch 1.13's no_grad starts with prev = False: grad mode off
print(torch.is_grad_enabled())
torch.set_grad_enabled(True)
ng.__enter__()
ng.__exit__(None, None, None)
ng.__exit__(None, None, None)
print(torch.is_grad_enabled())
try:
    torch.enable_grad().__exit__(None, None, None)
except AttributeError as e:
    print("AttributeError", e)
