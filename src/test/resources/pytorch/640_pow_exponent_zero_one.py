# pow(Tensor, Scalar) with exponent 1 is a copy and with exponent 0 a fill with ones in PyTorch 1.13
# (pow_Tensor_Scalar_out), never the pow kernel: the last bits of x ** 1, x ** 0 and of x ** 2's
# gradient (2 * x.pow(1)), for huge, tiny, subnormal and special values, eight and more at a time
# (the kernel's vector loop) and alone (tester Z46). Recorded from torch 1.13.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
special = [1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e300,
           0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.0, -1.0, 0.1, 3.0000000000000004, 123456.789]
x = torch.cat([torch.tensor(special), torch.randn(23) * 1e5])
for e in [1, 1.0, 0, 0.0]:
    y = torch.pow(x, e)
    print(e, [float.hex(v) for v in y.tolist()])
    print(e, [float.hex(v) for v in (x ** e).tolist()], x.pow(e).dtype)
for v in special:
    print(float.hex(v), float.hex(torch.tensor(v).pow(1).item()), float.hex((torch.tensor([v]) ** 0).item()))
w = x.clone().requires_grad_(True)
(w ** 2).sum().backward()
print([float.hex(v) for v in w.grad.tolist()])
w.grad = None
(w ** 1).sum().backward()
print([float.hex(v) for v in w.grad.tolist()])
