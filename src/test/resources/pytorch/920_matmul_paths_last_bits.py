# torch.matmul's paths decide the last bits (ATen's _matmul_impl, 1.13): a batch beside a matrix is
# folded into one mm (so a weight's gradient is one product over all the batch's rows); two batches
# go to bmm, whose small products (under 400 multiply-adds a matrix) are a plain loop of its own;
# a 3-d batch of transposed matrices beside a matrix goes to bmm too (and its size error is bmm's).
# baddbmm's loop starts each entry at beta*input; addbmm is one addmm per matrix, in turn.
# Shapes chosen where OpenBLAS's Haswell and SkylakeX kernels agree, so the bits are the same on both.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def bits(t):
    return [float.hex(v) for v in t.detach().flatten().tolist()]


def case(name, a, b):
    a = a.detach().requires_grad_(); b = b.detach().requires_grad_()
    r = a @ b
    r.backward(torch.randn(*r.shape))
    print(name, tuple(r.shape), type(r.grad_fn).__name__)
    print('  out', bits(r))
    print('  grad a', bits(a.grad))
    print('  grad b', bits(b.grad))


case('bmm loop', torch.randn(2, 3, 4), torch.randn(2, 4, 3))
case('bmm loop 7', torch.randn(7, 5, 8), torch.randn(7, 8, 5))
case('broadcast batches', torch.randn(2, 1, 5, 8), torch.randn(3, 8, 5))
case('batch @ matrix (folded)', torch.randn(3, 4, 6), torch.randn(6, 4))
case('4-d batch @ matrix (folded)', torch.randn(2, 2, 3, 6), torch.randn(6, 2))
case('matrix @ batch (folded, transposed)', torch.randn(4, 6), torch.randn(3, 6, 4))
case('transposed batch @ matrix (bmm)', torch.randn(2, 8, 5).transpose(1, 2), torch.randn(8, 3))
x = torch.randn(2, 3, 4); y = torch.randn(2, 4, 3); inp = torch.randn(3, 3)
for beta, alpha in [(1, 1), (0.5, 2), (0, 1)]:
    print('baddbmm', beta, alpha, bits(torch.baddbmm(inp, x, y, beta=beta, alpha=alpha)))
    print('addbmm', beta, alpha, bits(torch.addbmm(inp, x, y, beta=beta, alpha=alpha)))
xs = x.clone().requires_grad_(); ys = y.clone().requires_grad_(); ins = inp.clone().requires_grad_()
r = torch.baddbmm(ins, xs, ys, beta=0.5, alpha=2)
r.backward(torch.randn(2, 3, 3))
print(type(r.grad_fn).__name__, bits(ins.grad), bits(xs.grad), bits(ys.grad))
xs.grad = ys.grad = ins.grad = None
r = torch.addbmm(ins, xs, ys, beta=0.5, alpha=2)
r.backward(torch.randn(3, 3))
print(type(r.grad_fn).__name__, bits(ins.grad), bits(xs.grad), bits(ys.grad))
print(torch.isnan(torch.baddbmm(torch.full((3, 3), float('nan')), x, y, beta=0)).any().item())
# nn.MultiheadAttention with a mask: the scores are baddbmm(mask, q, k^T)
mha = torch.nn.MultiheadAttention(8, 2)
q = torch.randn(3, 2, 8)
mask = torch.tensor([[0.0, -1.0, 0.5], [0.0, 0.0, -2.0], [1.0, 0.0, 0.0]])
out, w = mha(q, q, q, attn_mask=mask)
print('mha', bits(out))
print('mha weights', bits(w))
for bad in [lambda: torch.randn(2, 3, 4) @ torch.randn(2, 5, 3), lambda: torch.randn(2, 3, 4).transpose(1, 2) @ torch.randn(4, 5),
            lambda: torch.randn(3, 2, 3, 4) @ torch.randn(2, 5, 3), lambda: torch.randn(2, 3, 4) @ torch.randn(3, 5)]:
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)
