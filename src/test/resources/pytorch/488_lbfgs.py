# torch.optim.LBFGS without a line search and with strong_wolfe's: step(closure) runs up to max_iter iterations (the
# closure evaluated with grad mode on), returns the first loss, keeps its history between steps;
# max_iter/max_eval/history_size/tolerances, param_groups' keys, state's counters, the errors
# (no closure, parameter groups, an unknown line search).
import torch
torch.set_default_dtype(torch.float64)


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


for kw in [{}, {"lr": 0.5, "max_iter": 5}, {"history_size": 2, "max_iter": 7}, {"max_iter": 50, "tolerance_grad": 1e-5},
           {"line_search_fn": "strong_wolfe"}, {"line_search_fn": "strong_wolfe", "max_iter": 6, "history_size": 3, "lr": 0.8}]:
    x = torch.tensor([-1.5, 2.0], requires_grad=True)
    opt = torch.optim.LBFGS([x], **kw)
    calls = []

    def closure():
        opt.zero_grad()
        loss = rosenbrock(x)
        loss.backward()
        calls.append(torch.is_grad_enabled())
        return loss

    losses = []
    with torch.no_grad():
        for i in range(4):
            losses.append(round(opt.step(closure).item(), 8))
    print(kw, losses, [round(v, 8) for v in x.tolist()], len(calls), all(calls), opt.state[x]["func_evals"], opt.state[x]["n_iter"])
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
X = torch.tensor([[1., 2., 0.], [0., 1., -1.], [2., 0., 1.], [1., 1., 1.]]); y = torch.tensor([1., 0., 2., 1.])
opt = torch.optim.LBFGS([w, b], lr=1, max_iter=10)


def closure():
    opt.zero_grad()
    loss = ((X @ w + b - y) ** 2).mean() + 0.1 * (w ** 2).sum()
    loss.backward()
    return loss


for i in range(3):
    print(round(opt.step(closure).item(), 10))
print([round(v, 8) for v in w.tolist()], round(b.item(), 8), list(opt.param_groups[0].keys()), opt.param_groups[0]["max_eval"])
print(opt)
z = torch.ones(2, requires_grad=True)


def z_closure():
    z.grad = None
    loss = (z ** 2).sum()
    loss.backward()
    return loss


for bad in [lambda: opt.step(), lambda: torch.optim.LBFGS([{"params": [w]}, {"params": [b]}]),
            lambda: torch.optim.LBFGS([z], line_search_fn="armijo").step(z_closure), lambda: torch.optim.LBFGS([z], line_search_fn="armijo").step(lambda: 0.0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
