# SGD's dampening, nesterov, weight_decay and maximize.
import torch
torch.set_default_dtype(torch.float64)
def run(**kw):
    w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
    opt = torch.optim.SGD([w], **kw)
    for _ in range(3):
        opt.zero_grad()
        (w ** 3 * torch.tensor([3.0, 0.5, -1.0])).sum().backward()
        opt.step()
    return w.detach()
print(run(lr=0.1))
print(run(lr=0.1, momentum=0.9, dampening=0.3, weight_decay=0.1))
print(run(lr=0.05, momentum=0.9, nesterov=True))
print(run(lr=0.01, momentum=0.5, maximize=True))
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, nesterov=True)
