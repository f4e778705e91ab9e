# nn.Unflatten (its repr, the view's grad_fn, the size check) and the parameter containers
# nn.ParameterList / nn.ParameterDict (T15): indexing, append/extend, update, keys/items, tensors
# made Parameters, their names in named_parameters and state_dict, reprs, training through them.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
u = nn.Unflatten(1, (2, 5))
x = torch.arange(20.).reshape(2, 10).requires_grad_()
y = u(x)
print(u, y.shape, type(y.grad_fn).__name__, nn.Unflatten(-1, torch.Size([5, 2]))(x).shape)
print(nn.Sequential(nn.Flatten(), nn.Unflatten(1, (3, 4)))(torch.ones(2, 12)).shape)
t(lambda: nn.Unflatten(1, (3, 5))(x))
t(lambda: nn.Unflatten(1, (-1, 5))(x).shape)
t(lambda: nn.Unflatten(1, [2, 5]))
torch.manual_seed(0)
pl = nn.ParameterList([nn.Parameter(torch.randn(2)), nn.Parameter(torch.ones(3, 2))])
print(pl)
print(len(pl), pl[0], pl[-1].shape, type(pl[1]).__name__)
pl.append(torch.zeros(1))
print(len(pl), type(pl[2]).__name__, pl[2].requires_grad, [n for n, _ in pl.named_parameters()])
pl.extend([nn.Parameter(torch.ones(1))])
print([p.shape for p in pl], list(pl.state_dict().keys()))
t(lambda: pl[10])
print(pl[1:3])
pl[0] = nn.Parameter(torch.full((2,), 5.))
print(pl[0])
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.ws = nn.ParameterList([nn.Parameter(torch.tensor([1.0, 2.0])) for _ in range(2)])
        self.pd = nn.ParameterDict({"a": nn.Parameter(torch.tensor(3.0)), "b": nn.Parameter(torch.ones(2))})
    def forward(self, x):
        for w in self.ws:
            x = x * w
        return (x * self.pd["a"] + self.pd["b"]).sum()
m = M()
print(m)
print([n for n, _ in m.named_parameters()], list(m.state_dict().keys()))
m(torch.tensor([1.0, -1.0])).backward()
print(m.ws[0].grad, m.pd["a"].grad, m.pd["b"].grad)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
opt.step()
print(m.ws[1], m.pd["a"])
pd = nn.ParameterDict({"w": nn.Parameter(torch.zeros(2))})
pd["v"] = torch.ones(3)
pd.update({"u": nn.Parameter(torch.ones(1))})
print(len(pd), list(pd.keys()), "v" in pd, type(pd["v"]).__name__, [k for k in pd], [(k, v.shape) for k, v in pd.items()])
print(pd)
t(lambda: pd["zz"])
del pd["w"]
print(list(pd.keys()), pd.pop("u").shape, list(pd.keys()), [v.shape for v in pd.values()])
