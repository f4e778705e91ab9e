# Saved tensors (Op.saved), checked against torch 1.13: inside saved_tensors_hooks each recorded node packs the
# tensors its backward formula saves (derivatives.yaml); the count and which tensors (an input by name, the output,
# or another tensor by shape; sorted: adjoint packs inputs in order, then the output, PyTorch in its formulas' order)
# for common ops. Nodes that save index/mask tensors (nll_loss, where, gather, embedding) differ in adjoint and are
# left out. Inference tensors may not be saved.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
a = torch.tensor([[0.5, -1.5, 2.0], [1.0, 0.25, -0.75]], requires_grad=True)
b = torch.tensor([[1.5, 0.5, -2.0], [0.5, 2.0, 1.25]], requires_grad=True)
p = torch.tensor([[0.2, 0.7, 0.4], [0.9, 0.1, 0.5]], requires_grad=True)
m = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
w = torch.full((2, 3), 0.3, requires_grad=True)
ops = {
 'add': lambda: a + b,
 'sub': lambda: a - b,
 'mul': lambda: a * b,
 'div': lambda: a / b,
 'mul_scalar': lambda: a * 2,  'matmul': lambda: a @ m,
 'mm': lambda: torch.mm(a, m),
 'pow2': lambda: a ** 2,
 'powt': lambda: p ** b,
 'exp': lambda: a.exp(),
 'log': lambda: p.log(),  'sigmoid': lambda: a.sigmoid(),
 'tanh': lambda: a.tanh(),
 'relu': lambda: a.relu(),
 'softmax': lambda: a.softmax(1),
 'log_softmax': lambda: a.log_softmax(1),  'sum': lambda: a.sum(),
 'mean': lambda: a.mean(),
 'mean1': lambda: a.mean(1),
 'neg': lambda: -a,
 'abs': lambda: a.abs(),
 'sqrt': lambda: p.sqrt(),  'sin': lambda: a.sin(),
 'cos': lambda: a.cos(),
 'log10': lambda: p.log10(),
 'log2': lambda: p.log2(),
 'asin': lambda: p.asin(),
 'sinh': lambda: a.sinh(),  'erf': lambda: a.erf(),
 'gelu': lambda: F.gelu(a),
 'silu': lambda: F.silu(a),
 'elu': lambda: F.elu(a),
 'softplus': lambda: F.softplus(a),  'leaky_relu': lambda: F.leaky_relu(a),
 'hardtanh': lambda: F.hardtanh(a),
 'mse': lambda: F.mse_loss(a, b),
 'bce': lambda: F.binary_cross_entropy(p, p.detach()),  'bce_logits': lambda: F.binary_cross_entropy_with_logits(a, p.detach()),
 'max': lambda: a.max(),
 'amax': lambda: a.amax(1),  'var': lambda: a.var(),
 'std': lambda: a.std(),
 'prod': lambda: a.prod(),
 'cumsum': lambda: a.cumsum(1),
 'cumprod': lambda: a.cumprod(1),  'clamp': lambda: a.clamp(-1, 1),
 'cat': lambda: torch.cat([a, b]),
 'stack': lambda: torch.stack([a, b]),  'view': lambda: a.view(3, 2),
 'transpose': lambda: a.t(),
 'index': lambda: a[0],
 'linear': lambda: F.linear(a, m.t()),  'linear_b': lambda: F.linear(a, m.t(), torch.ones(2, requires_grad=True)),
 'norm': lambda: a.norm(),
 'logsumexp': lambda: a.logsumexp(1),  'smooth_l1': lambda: F.smooth_l1_loss(a, b),
 'huber': lambda: F.huber_loss(a, b),
 'l1': lambda: F.l1_loss(a, b),
 'reciprocal': lambda: p.reciprocal(),  'rsqrt': lambda: p.rsqrt(),
 'expm1': lambda: a.expm1(),
 'log1p': lambda: p.log1p(),
 'tan': lambda: a.tan(),
 'atan': lambda: a.atan(),
 'square': lambda: a.square(),  'dropout0': lambda: F.dropout(a, 0.0),
 'lerp': lambda: torch.lerp(a, b, 0.3),
 'maximum': lambda: torch.maximum(a, b),
 'erfc': lambda: a.erfc(),
 'sinc': lambda: a.sinc(),
 'selu': lambda: F.selu(a),  'celu': lambda: F.celu(a),
 'relu6': lambda: F.relu6(a),
 'xlogy': lambda: torch.xlogy(p, b),
 'addcmul': lambda: torch.addcmul(a, a, b), 'hypot': lambda: torch.hypot(a, b),
 'lerp_tensor': lambda: torch.lerp(a, b, w), 'lerp_weight_only': lambda: torch.lerp(a.detach(), b.detach(), w),
 'lerp_ends_only': lambda: torch.lerp(a, b, w.detach()), 'cumprod_constant': lambda: a.detach().cumprod(1),
}
for name, f in ops.items():
    packed = []
    with torch.autograd.graph.saved_tensors_hooks(lambda x: packed.append(x) or x, lambda x: x):
        out = f()
    ins = {"a": a, "b": b, "p": p, "m": m, "w": w}
    names = []
    for x in packed:
        n = [k for k, v in ins.items() if x is v]
        names.append(n[0] if n else ("out" if x is out else "shape" + str(list(x.shape))))
    print(name, len(packed), " ".join(sorted(names)))
with torch.inference_mode():
    i = torch.full((2, 3), 0.5)
for name, f in [("lerp_number", lambda: torch.lerp(a, i, 0.3)), ("lerp_inference_weight", lambda: torch.lerp(a, b, i)),
                ("cumprod", lambda: (a * i).cumprod(1)), ("mul", lambda: a * i), ("add", lambda: a + i), ("exp", lambda: (a + i).exp())]:
    try:
        print(name, f().grad_fn.name())
    except RuntimeError as e:
        print(name, "RuntimeError", e)
