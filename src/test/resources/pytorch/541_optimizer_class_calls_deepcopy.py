# Optimizers called through their classes (torch.optim.SGD.step(opt), Optimizer.zero_grad(opt)), copy.deepcopy of a
# model and of an optimizer (alone, together in one deepcopy, a subclass of Adam), Tensor.__deepcopy__ keeping .grad
# (Parameter's not), and optimizer state_dict()/load_state_dict round trips. Recorded from torch 1.13.
import torch, copy
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
x = torch.randn(4, 3)
for cls, kw in [(torch.optim.SGD, dict(lr=0.1, momentum=0.9)), (torch.optim.Adam, dict(lr=0.01)), (torch.optim.AdamW, dict(lr=0.01)),
                (torch.optim.RMSprop, dict(lr=0.01)), (torch.optim.Adagrad, dict(lr=0.1))]:
    opt = cls(m.parameters(), **kw)
    opt.zero_grad()
    m(x).sum().backward()
    r = cls.step(opt)
    print(cls.__name__, r, m[0].bias)
    cls.zero_grad(opt)
    print(m[0].weight.grad)
    torch.optim.Optimizer.zero_grad(opt, set_to_none=True)
    print(m[0].weight.grad)
opt = torch.optim.Adam(m.parameters(), lr=0.01)
m(x).sum().backward(); opt.step()
sd = opt.state_dict()
print(sorted(sd.keys()), sd['param_groups'])
print({k: sorted(v.keys()) for k, v in sd['state'].items()})
print(sd['state'][0]['step'], sd['state'][0]['exp_avg'])
m2 = copy.deepcopy(m)
print(all(torch.equal(a, b) for a, b in zip(m.state_dict().values(), m2.state_dict().values())))
print(m2[0].weight is m[0].weight)
with torch.no_grad(): m2[0].weight.add_(1)
print(torch.equal(m[0].weight, m2[0].weight))
print(m2[0].weight.grad is None, m[0].weight.grad is None)
opt2 = copy.deepcopy(opt)
print(opt2.state_dict()['param_groups'] == opt.state_dict()['param_groups'])
print(torch.equal(opt2.state_dict()['state'][0]['exp_avg'], sd['state'][0]['exp_avg']))
print(opt2.param_groups[0]['params'][0] is m[0].weight)
opt3 = torch.optim.Adam(m2.parameters(), lr=0.5)
opt3.load_state_dict(opt.state_dict())
print(opt3.param_groups[0]['lr'], opt3.state_dict()['state'][1]['exp_avg_sq'])
print(opt3.state[m2[0].bias]['exp_avg'])
m2(x).sum().backward(); opt3.step()
print(m2[0].bias)
print(opt)
try: opt3.load_state_dict({'state': {}, 'param_groups': []})
except Exception as e: print(type(e).__name__, e)
m = nn.Linear(3, 2)
x = torch.randn(4, 3)
opt = torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
m(x).sum().backward(); opt.step()
both = copy.deepcopy({'model': m, 'opt': opt})
m2, o2 = both['model'], both['opt']
print(o2.param_groups[0]['params'][0] is m2.weight, o2.param_groups[0]['params'][0] is m.weight)
print(o2.state[m2.weight]['momentum_buffer'])
print(len(o2.state), m2.weight.grad)
for i in range(2):
    o2.zero_grad(); m2(x).pow(2).sum().backward(); o2.step()
print(m2.weight, m.weight)
print(o2.state_dict()['state'][0]['momentum_buffer'], opt.state_dict()['state'][0]['momentum_buffer'])
class Clipped(torch.optim.Adam):
    def step(self, closure=None):
        return super().step(closure)
c = Clipped(m.parameters(), lr=0.01)
m(x).sum().backward(); c.step()
c2 = copy.deepcopy(c)
print(type(c2).__name__, c2.param_groups[0]['lr'], c2.state_dict()['state'][1]['exp_avg'])
t = torch.ones(2, requires_grad=True)
(t * 3).sum().backward()
t2 = copy.deepcopy(t)
print(t2.grad, t2.requires_grad)
p = nn.Parameter(torch.ones(2))
(p * 3).sum().backward()
print(copy.deepcopy(p).grad)


print(torch.optim.SGD.step(opt, lambda: 3.0))
torch.optim.Adam.zero_grad(opt)
print(m.weight.grad)
print(torch.optim.Optimizer.state_dict(opt)['param_groups'])
for name in ['SGD', 'Adam', 'AdamW', 'Adamax', 'Adagrad', 'Adadelta', 'RMSprop', 'Rprop', 'ASGD', 'NAdam', 'RAdam', 'LBFGS']:
    m = nn.Linear(3, 1)
    kw = {'lr': 0.1}
    if name == 'SGD': kw['momentum'] = 0.9
    opt = getattr(torch.optim, name)(m.parameters(), **kw)
    def closure():
        opt.zero_grad(); l = m(x).pow(2).sum(); l.backward(); return l
    opt.step(closure)
    c = copy.deepcopy({'m': m, 'o': opt})
    m2, o2 = c['m'], c['o']
    def closure2():
        o2.zero_grad(); l = m2(x).pow(2).sum(); l.backward(); return l
    opt.step(closure)
    try: o2.step(closure2)
    except AttributeError as e:
        print(name, e); continue
    print(name, torch.equal(m.weight, m2.weight), m2.weight.detach().sum().item(), sorted(o2.state_dict()['state'][0].keys()))
