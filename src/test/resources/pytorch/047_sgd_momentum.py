# torch.optim.SGD with momentum on a quadratic.
import torch
torch.set_default_dtype(torch.float64)
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
for i in range(4):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, loss.item(), w)
print(w.grad)
