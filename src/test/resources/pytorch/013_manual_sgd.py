# The manual SGD idiom: update under no_grad in place, then zero the gradient in place.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 6.0])
w = torch.tensor(0.5, requires_grad=True)
for step in range(5):
    loss = ((w * x - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    print(step, round(loss.item(), 6), w)
print(w.is_leaf, w.requires_grad, w._version)
