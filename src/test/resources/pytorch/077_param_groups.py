# Optimizers take any list of tensors or a generator of parameters; param_groups hold the hyperparameters.
import torch
torch.set_default_dtype(torch.float64)
w = torch.tensor([1.0, 2.0], requires_grad=True)
lin = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1, momentum=0.5)
print(len(opt.param_groups), opt.param_groups[0]['lr'], opt.param_groups[0]['momentum'], len(opt.param_groups[0]['params']))
opt2 = torch.optim.SGD([w], lr=0.5)
for i in range(3):
    opt2.zero_grad()
    (w ** 2).sum().backward()
    opt2.step()
    for g in opt2.param_groups:
        g['lr'] = g['lr'] * 0.5
    print(w, opt2.param_groups[0]['lr'])
torch.optim.SGD([w])
