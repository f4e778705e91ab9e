# torch.optim.Optimizer subclassed (the "write your own optimizer" homework): super().__init__(params,
# defaults), self.param_groups completed with the defaults, self.state[p] (a defaultdict), step with
# a closure, zero_grad, the printed optimizer and state_dict(); add_param_group on the built-in
# optimizers (transfer learning: a backbone added with its own lr) and its checks.
import warnings
import torch
warnings.simplefilter("ignore")
torch.set_default_dtype(torch.float64)


def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class MyOpt(torch.optim.Optimizer):
    def __init__(self, params, lr=0.1, decay=0.5):
        super().__init__(params, dict(lr=lr, decay=decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for g in self.param_groups:
            for q in g["params"]:
                if q.grad is None:
                    continue
                st = self.state[q]
                st["n"] = st.get("n", 0) + 1
                if "avg" not in st:
                    st["avg"] = torch.zeros_like(q)
                st["avg"].mul_(g["decay"]).add_(q.grad)
                q.add_(st["avg"], alpha=-g["lr"] / st["n"])
        return loss


q = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
w = torch.nn.Parameter(torch.tensor([[0.5, -1.0]]))
o = MyOpt([q], lr=0.5)
for _ in range(3):
    o.zero_grad()
    (q ** 2).sum().backward()
    o.step()
print(q, o.state[q], len(o.state))
print(o)
print(o.defaults, o.param_groups[0]["lr"], isinstance(o, torch.optim.Optimizer))
o.add_param_group({"params": w, "decay": 0.9})
print(o.param_groups[1])


def closure():
    o.zero_grad()
    loss = (q ** 2).sum() + (w ** 2).sum()
    loss.backward()
    return loss


print(o.step(closure), w)
print(o.state_dict())
o.zero_grad(set_to_none=True)
print(q.grad, w.grad)
t(lambda: o.add_param_group({"params": [q]}))
t(lambda: o.add_param_group([q]))
t(lambda: o.add_param_group({"params": {q}}))
t(lambda: o.add_param_group({"params": [1.0]}))
t(lambda: MyOpt(q))
t(lambda: MyOpt([]))
t(lambda: torch.optim.Optimizer([q], {}).step())
b = torch.optim.Optimizer([{"params": [q], "lr": 0.1}, {"params": [w]}], {"lr": 0.01, "momentum": 0})
print(b, b.param_groups[1]["lr"])

a = torch.nn.Parameter(torch.ones(2))
c = torch.nn.Parameter(torch.ones(1))
d = torch.nn.Parameter(torch.ones(1))
o = torch.optim.Adamax([{"params": [a], "lr": 0.5}, {"params": [c]}], lr=0.01)
o.add_param_group({"params": [d], "lr": 1.0})
print(len(o.param_groups), o.param_groups[2]["betas"], o.param_groups[2]["lr"], o.param_groups[1]["lr"])
t(lambda: o.add_param_group({"params": [a]}))
t(lambda: torch.optim.SGD([{"params": [a]}, {"params": [a]}], lr=0.1))
print(len(o.param_groups))
(a.sum() + c.sum() + 3 * d.sum()).backward()
o.step()
print(a.tolist(), c.tolist(), d.tolist())
print(o)
s = torch.optim.SGD([a], lr=0.1, momentum=0.9)
g = {"lr": 0.01, "params": d}
s.add_param_group(g)
print(g, list(s.param_groups[1].keys()))
a.grad = torch.ones(2); d.grad = torch.ones(1)
s.step()
print(a.tolist(), d.tolist(), s.state_dict()["param_groups"][1]["params"])
head = torch.nn.Parameter(torch.ones(1))
backbone = torch.nn.Parameter(torch.ones(1))
for make in [lambda o: torch.optim.lr_scheduler.StepLR(o, 1, 0.5), lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 4), lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda e: 0.9 ** e)]:
    o = torch.optim.SGD([head], lr=0.1)
    s = make(o)
    o.step(); s.step()
    o.add_param_group({"params": [backbone], "lr": 0.01})
    for _ in range(2):
        o.step(); s.step()
    print([g["lr"] for g in o.param_groups], s.get_last_lr())


class Sampler(torch.nn.Module):  # nanoGPT's generate: a @torch.no_grad() method
    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.tensor([2.0]))

    @torch.no_grad()
    def generate(self, x, scale=1.0):
        return self.w * x * scale


m = Sampler()
y = m.generate(torch.tensor([3.0]), scale=2.0)
print(y, y.requires_grad, Sampler.generate.__name__, torch.is_grad_enabled())
q2 = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
o1 = MyOpt([q2], lr=0.5)
for _ in range(2):
    o1.zero_grad()
    (q2 ** 2).sum().backward()
    o1.step()
sd = o1.state_dict()
q3 = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
o2 = MyOpt([q3], lr=0.1)
o2.load_state_dict(sd)
print(o2.param_groups[0]["lr"], o2.state[q3], o2.param_groups[0]["params"][0] is q3, len(o2.state))
sd["state"][0]["n"] = 99
print(o2.state[q3]["n"])
o2.zero_grad()
(q3 ** 2).sum().backward()
o2.step()
print(q3, o2.state[q3]["n"])
t(lambda: o2.load_state_dict({"state": {}, "param_groups": []}))
t(lambda: o2.load_state_dict({"state": {}, "param_groups": [{"params": [0, 1], "lr": 1}]}))
t(lambda: o2.load_state_dict({"state": {}}))
