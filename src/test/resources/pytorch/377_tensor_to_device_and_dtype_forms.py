# Tensor.to's overloads as tutorials write them (tester finding #43; "Learn the Basics": x.to(device),
# mixed-precision posts: x.to("cpu", torch.float64), x.to(device, dtype=...), x.to(other)): a device and a
# dtype positionally or by keyword in any mix, another tensor's dtype, the same tensor back when nothing changes.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.5, -2.0], requires_grad=True)
other = torch.tensor([1, 2])
for f in [lambda: x.to("cpu"), lambda: x.to("cpu", torch.float64), lambda: x.to(device="cpu", dtype=torch.float64),
          lambda: x.to(torch.device("cpu")), lambda: x.to(other), lambda: x.to(torch.int64), lambda: x.to(dtype=torch.int64),
          lambda: x.to("cpu", dtype=torch.int64), lambda: x.to(torch.device("cpu"), dtype=torch.int64), lambda: x.to(x),
          lambda: x.to(torch.float64) is x, lambda: x.to("cpu") is x, lambda: x.to("cpu", non_blocking=True) is x,
          lambda: x.type(), lambda: x.type(torch.int64), lambda: x.type(torch.float64) is x, lambda: other.type(),
          lambda: torch.tensor([True]).type(), lambda: x.to("gpu"), lambda: x.to(), lambda: x.double() is x, lambda: x.long()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m = nn.Linear(2, 1)
print(m.to(torch.float64) is m, m.to("cpu") is m, m.to(torch.device("cpu"), torch.float64) is m, m.double() is m, m.weight.dtype)
print(m.to(x) is m)
