# U16's leftovers: F.multi_margin_loss / nn.MultiMarginLoss (p, margin, weight, reductions, checks),
# F.multilabel_margin_loss / nn.MultiLabelMarginLoss, nn.RReLU / F.rrelu (slopes drawn per non-positive entry
# while training, their mean in eval mode), nn.utils.parameters_to_vector / vector_to_parameters, and
# reset_parameters of Linear, Conv2d, BatchNorm1d (reset_running_stats) and LayerNorm; recorded from torch 1.13.
import torch
from torch import nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.5, -0.3, 0.2, 0.9]], requires_grad=True)
y = torch.tensor([3, 0])
for kw in [{}, {"p": 2}, {"margin": 0.5}, {"reduction": "sum"}, {"reduction": "none"}, {"weight": torch.tensor([1., 2., 3., 4.])}]:
    l = F.multi_margin_loss(x, y, **kw)
    print(kw, l)
    g, = torch.autograd.grad(l.sum(), x)
    print(g)
print(nn.MultiMarginLoss(), nn.MultiMarginLoss(p=2, margin=0.5), nn.MultiMarginLoss(weight=torch.ones(4)).weight)
print(nn.MultiMarginLoss()(x[0], y[0]), nn.MultiMarginLoss(reduction='none')(x[0], y[0]))
for f in [lambda: F.multi_margin_loss(x, torch.tensor([4, 0])), lambda: F.multi_margin_loss(x, y, p=3), lambda: F.multi_margin_loss(x, torch.tensor([1.0, 0.0])),
          lambda: F.multi_margin_loss(x, torch.tensor([1])), lambda: F.multi_margin_loss(torch.tensor([[1, 2]]), torch.tensor([1]))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t = torch.tensor([[3, 0, -1, 1], [1, 2, 2, -1]])
for kw in [{}, {"reduction": "sum"}, {"reduction": "none"}]:
    l = F.multilabel_margin_loss(x, t, **kw)
    print(kw, l)
    g, = torch.autograd.grad(l.sum(), x)
    print(g)
print(nn.MultiLabelMarginLoss()(torch.tensor([0.1, 0.2, 0.4, 0.8]), torch.tensor([3, 0, -1, 1])), nn.MultiLabelMarginLoss())
for f in [lambda: F.multilabel_margin_loss(x, torch.tensor([[4, -1, 0, 0], [0, -1, 0, 0]])), lambda: F.multilabel_margin_loss(x, torch.tensor([3, 0]))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
r = nn.RReLU()
print(r, nn.RReLU(0.1, 0.3, inplace=True))
v = torch.tensor([-1., 2., -3., 0., -0.5], requires_grad=True)
o = r(v); print(o)
o.sum().backward(); print(v.grad)
r.eval(); print(r(v))
print(F.rrelu(v), F.rrelu(v, training=True), F.rrelu(v, 0.2, 0.4, True))
try: print(nn.RReLU(0.5, 0.2))
except Exception as e: print(type(e).__name__, e)
m = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
vec = nn.utils.parameters_to_vector(m.parameters())
print(vec.shape, vec[:3])
nn.utils.vector_to_parameters(torch.arange(11.), m.parameters())
print(m[0].weight, m[2].bias)
for f in [lambda: nn.utils.vector_to_parameters(torch.arange(3.), m.parameters()), lambda: nn.utils.vector_to_parameters([1.], m.parameters())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
torch.manual_seed(1)
lin = nn.Linear(3, 2); lin.reset_parameters(); print(lin.weight, lin.bias)
c = nn.Conv2d(1, 2, 2); c.reset_parameters(); print(c.bias)
b = nn.BatchNorm1d(2); b(torch.tensor([[1., 2.], [3., 5.]])); print(b.running_mean, b.num_batches_tracked); b.reset_running_stats(); print(b.running_mean, b.running_var, b.num_batches_tracked)
b.weight.data.fill_(3); b.reset_parameters(); print(b.weight)
ln = nn.LayerNorm(2); ln.weight.data.fill_(2); ln.reset_parameters(); print(ln.weight)
