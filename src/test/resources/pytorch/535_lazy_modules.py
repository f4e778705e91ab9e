# Lazy modules (U17), as d2l.ai's 2nd edition builds its models: nn.LazyLinear/LazyConv1d/LazyConv2d/
# LazyBatchNorm1d/LazyBatchNorm2d hold UninitializedParameters until their first call, which infers the
# input size, draws the weights from the generator then (so numbers match after manual_seed), and turns
# the module into its eager class. The one-time UserWarning is caught (stderr is not compared).
import warnings
import torch
from torch import nn
from torch.nn import functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))
print([(w.category.__name__, str(w.message)) for w in caught][:1], len(caught))
warnings.simplefilter("ignore")
X = torch.rand(2, 20)
print(net[0].weight, net[0].bias, type(net[0].weight).__name__, type(net[0]).__name__)
print(isinstance(net[0].weight, nn.Parameter), isinstance(net[0].weight, nn.parameter.UninitializedParameter), net[0].weight.requires_grad)
print(net)
print(net[0].has_uninitialized_params(), net.state_dict())
lz = nn.LazyLinear(3)
opt = torch.optim.SGD(lz.parameters(), lr=0.1)
for f in [lambda: lz.weight.shape, lambda: lz.weight.sum(), lambda: lz.weight.numel(), lambda: lz.weight.ndim, lambda: lz.weight.size(),
          lambda: lz.weight.dtype, lambda: lz.weight.grad, lambda: sum(p.numel() for p in lz.parameters()), lambda: lz.in_features,
          lambda: lz.weight + 1, lambda: 1 + lz.weight, lambda: lz.weight * 2, lambda: lz.weight / 2, lambda: lz.weight == 1, lambda: -lz.weight,
          lambda: F.linear(torch.ones(3), lz.weight), lambda: lz.weight.data]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
y = net(X)
print(y.shape, net[0].weight.shape, net)
print(type(net[0]), type(net[0].weight), net[0].weight[0, :4], net[2].bias[:3])
x = torch.randn(2, 4)
w = lz.weight
out = lz(x)
print(type(lz).__name__, lz, w is lz.weight, opt.param_groups[0]["params"][0] is w, w._version)
out.sum().backward()
opt.step()
print(out, lz.weight)
lz(x)
print(lz.in_features, isinstance(lz, nn.Linear), nn.LazyLinear(2, bias=False), nn.LazyLinear(out_features=2).bias)

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.LazyLinear(8)
        self.output = nn.LazyLinear(2)
    def forward(self, X):
        return self.output(F.relu(self.hidden(X)))
torch.manual_seed(1)
m = MLP()
print(m(torch.rand(3, 5)), [(n, p.shape) for n, p in m.named_parameters()])
def init_normal(module):
    if type(module) == nn.Linear:
        nn.init.normal_(module.weight, mean=0, std=0.01)
        nn.init.zeros_(module.bias)
m.apply(init_normal)
print(m.hidden.weight[0], m.output.bias)

torch.manual_seed(2)
c = nn.LazyConv2d(4, 3)
print(c, c.weight)
img = torch.rand(2, 3, 5, 5)
print(c(img).shape, c, c.weight.shape, c.bias)
c1 = nn.LazyConv1d(2, kernel_size=2, stride=2, bias=False)
print(c1, c1(torch.rand(3, 6)).shape, c1, c1.bias)
cg = nn.LazyConv2d(4, 1, groups=2)
print(cg(torch.rand(1, 6, 2, 2)).shape, cg.weight.shape)
for bad in [lambda: nn.LazyConv2d(4, 3)(torch.rand(5, 5)), lambda: nn.LazyConv2d(4, 1, groups=2)(torch.rand(1, 3, 2, 2))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
bn = nn.LazyBatchNorm1d()
print(bn, bn.running_mean, type(bn.running_mean).__name__, bn.num_batches_tracked, bn.state_dict())
print(bn(torch.tensor([[1., 2., 3.], [3., 5., 9.]])), bn, bn.running_mean, bn.running_var, bn.num_batches_tracked, bn.weight)
bn2 = nn.LazyBatchNorm2d(affine=False)
print(bn2, bn2.weight, bn2(torch.rand(2, 3, 2, 2)).shape, bn2, bn2.running_var)

torch.manual_seed(3)
cnn = nn.Sequential(nn.LazyConv2d(6, kernel_size=5, padding=2), nn.LazyBatchNorm2d(), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
                    nn.Flatten(), nn.LazyLinear(10))
print(cnn(torch.rand(2, 1, 8, 8)))
print(cnn)

src = nn.Linear(4, 3)
dst = nn.LazyLinear(3)
print(dst.load_state_dict(src.state_dict()), dst.weight.shape, type(dst).__name__, torch.equal(dst.weight, src.weight))
p = nn.UninitializedParameter()
b = nn.UninitializedBuffer()
print(p, b, type(b).__name__, b.requires_grad, p.requires_grad, isinstance(b, torch.Tensor))

class LinearRegression(nn.Module):  # d2l.ai 2nd edition, 3.5: the weights set through .data before the first call
    def __init__(self):
        super().__init__()
        self.net = nn.LazyLinear(1)
        self.net.weight.data.normal_(0, 0.01)
        self.net.bias.data.fill_(0)
    def forward(self, X):
        return self.net(X)
torch.manual_seed(4)
model = LinearRegression()
print(model.net.weight, model.net.weight.data)
trainer = torch.optim.SGD(model.parameters(), lr=0.03)
X2 = torch.randn(8, 2)
y2 = X2 @ torch.tensor([2., -3.4]) + 4.2
for _ in range(3):
    loss = F.mse_loss(model(X2).squeeze(-1), y2)
    trainer.zero_grad()
    loss.backward()
    trainer.step()
    print(loss.item())
print(model.net.weight, model.net.bias)
seen = []
hooked = nn.LazyLinear(2)
hooked.register_forward_pre_hook(lambda m, i: seen.append(type(m).__name__))
hooked(torch.ones(3))
print(seen, hooked)
class MyLazy(nn.LazyLinear):
    pass
mine = MyLazy(2)
print(type(mine).__name__, mine)
mine(torch.ones(1, 5))
print(type(mine).__name__, mine)
try:
    nn.LazyLinear(2).forward(torch.ones(1, 3))
except Exception as e:
    print(type(e).__name__, e)
