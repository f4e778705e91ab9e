# sigmoid and tanh save their results: changing them in place is caught at backward.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0.5, -0.5], requires_grad=True)
for f in [torch.sigmoid, torch.tanh, torch.relu]:
    y = f(x)
    y.mul_(2)
    try:
        y.sum().backward()
    except RuntimeError as e:
        print(str(e).split(" Hint")[0])
s = x.sin()
x2 = x * 1
t = x2.sin()
with torch.no_grad():
    x2.add_(1)
t.sum().backward()
