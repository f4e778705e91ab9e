# torch.optim.RMSprop, Adagrad and AdamW with PyTorch's update rules and hyperparameters,
# their printed param_groups, and PyTorch's errors for invalid hyperparameters.
import torch
torch.set_default_dtype(torch.float64)
X = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.3, -2.0]])
Y = torch.tensor([1.0, -1.0, 0.5])


def train(make, steps=4):
    w = torch.tensor([0.5, -0.3], requires_grad=True)
    b = torch.tensor(0.1, requires_grad=True)
    opt = make([w, b])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((X @ w + b - Y) ** 2).mean()
        loss.backward()
        opt.step()
    print(loss.item(), w.tolist(), b.item())
    return opt


print(train(lambda p: torch.optim.RMSprop(p)))
train(lambda p: torch.optim.RMSprop(p, lr=0.05, alpha=0.9, momentum=0.8))
train(lambda p: torch.optim.RMSprop(p, lr=0.05, centered=True, weight_decay=0.1))
train(lambda p: torch.optim.RMSprop(p, 0.02, 0.95, 1e-6, 0.01, 0.5, True))
train(lambda p: torch.optim.RMSprop(p, lr=0.05, maximize=True))
print(train(lambda p: torch.optim.Adagrad(p)))
train(lambda p: torch.optim.Adagrad(p, lr=0.5, lr_decay=0.1, weight_decay=0.05, initial_accumulator_value=0.2))
print(train(lambda p: torch.optim.AdamW(p, lr=0.1)))
train(lambda p: torch.optim.AdamW(p, lr=0.1, weight_decay=0.5, amsgrad=True))
train(lambda p: torch.optim.AdamW(p, lr=0.1, betas=(0.5, 0.9), weight_decay=0.0))
train(lambda p: torch.optim.AdamW([{"params": [p[0]]}, {"params": [p[1]], "lr": 0.01}], lr=0.1))
w = torch.zeros(2, requires_grad=True)
for bad in [lambda: torch.optim.RMSprop([w], lr=-1.0), lambda: torch.optim.RMSprop([w], alpha=-0.5),
            lambda: torch.optim.Adagrad([w], lr_decay=-1.0), lambda: torch.optim.AdamW([w], betas=(1.0, 0.9)),
            lambda: torch.optim.AdamW([w], weight_decay=-0.1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
torch.optim.Adagrad([w], eps=-1.0)
