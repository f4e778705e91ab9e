# The blitz's vector-Jacobian product: y.backward(v) for a non-scalar y.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)
z = x * 3
z.backward()
