# dtype= casts the input before the op (cumprod, cumsum, prod, softmax, log_softmax, nansum), as torch
# 1.13 does: f.cumprod(0, dtype=torch.int64) multiplies 1, 2, 0 (tester Z60). Recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
f = torch.tensor([1.7, 2.6, -0.5])
i = torch.tensor([1, 2, 3])
m = torch.tensor([[1.5, -2.5], [3.2, 0.7]])
cases = [
    ("cumprod_f2i", lambda: f.cumprod(0, dtype=torch.int64)),
    ("torch.cumprod_f2i", lambda: torch.cumprod(f, 0, dtype=torch.int32)),
    ("cumprod_i2f", lambda: i.cumprod(dim=0, dtype=torch.float64)),
    ("cumprod_i", lambda: i.cumprod(0)),
    ("cumprod_bool", lambda: torch.tensor([True, False]).cumprod(0)),
    ("cumprod_u8_i8", lambda: torch.tensor([100, 3], dtype=torch.uint8).cumprod(0, dtype=torch.int8)),
    ("cumsum_f2i", lambda: f.cumsum(0, dtype=torch.int64)),
    ("prod_f2i", lambda: f.prod(dtype=torch.int64)),
    ("prod_dim_f2i", lambda: m.prod(1, dtype=torch.int64)),
    ("nansum_f2i", lambda: torch.nansum(f, dtype=torch.int64)),
    ("nansum_i2f", lambda: torch.nansum(i, dtype=torch.float64)),
    ("softmax_i", lambda: torch.softmax(i, 0, dtype=torch.float64)),
    ("log_softmax_i", lambda: torch.log_softmax(i, 0, dtype=torch.float64)),
    ("softmax_method_i", lambda: i.softmax(0, dtype=torch.float64)),
    ("log_softmax_method_i", lambda: i.log_softmax(dim=0, dtype=torch.float64)),
    ("F.softmax_i", lambda: F.softmax(i, dim=0, dtype=torch.float64)),
    ("F.log_softmax_i", lambda: F.log_softmax(i, dim=0, dtype=torch.float64)),
    ("softmax_i_no_dtype", lambda: torch.softmax(i, 0)),
    ("softmax_f2i", lambda: torch.softmax(f, 0, dtype=torch.int64)),
    ("softmax_f64", lambda: torch.softmax(m, 1, dtype=torch.float64)),
    ("log_softmax_f64_dim0", lambda: F.log_softmax(m, 0, dtype=torch.float64)),
]
for name, fn in cases:
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e)
x = torch.tensor([1.5, -0.5, 2.0], requires_grad=True)
y = x.cumprod(0, dtype=torch.float64)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
x.grad = None
s = F.softmax(x, 0, dtype=torch.float64)
print(s.grad_fn.name())
(s * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
