# torch.optim.Adam on a list of parameters.
import torch
torch.set_default_dtype(torch.float64)
w = torch.tensor([1.0, -2.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
opt = torch.optim.Adam([w, b], lr=0.1)
for i in range(5):
    opt.zero_grad()
    loss = ((w - 3) ** 2).sum() + (b + 1) ** 2
    loss.backward()
    opt.step()
print(w, b)
opt2 = torch.optim.Adam([w], lr=0.01, betas=(0.8, 0.9), weight_decay=0.1, amsgrad=True)
for i in range(3):
    opt2.zero_grad()
    (w ** 2).sum().backward()
    opt2.step()
print(w)
