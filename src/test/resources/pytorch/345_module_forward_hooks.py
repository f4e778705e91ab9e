# Module.register_forward_hook / register_forward_pre_hook: capturing activations, replacing an input or an output,
# handles with remove() (a second remove does nothing), hooks on a user's Module with two inputs.
import torch
from torch import nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
activations = {}
def save(name):
    def hook(module, inp, out):
        activations[name] = out.detach()
    return hook
handles = [model[0].register_forward_hook(save('fc1')), model[2].register_forward_hook(save('fc2'))]
x = torch.randn(2, 3)
y = model(x)
print(sorted(activations), activations['fc1'].shape, torch.equal(activations['fc2'], y.detach()))
calls = []
def pre(module, inp):
    calls.append(('pre', type(module).__name__, len(inp), type(inp).__name__))
    return inp[0] * 2
h = model.register_forward_pre_hook(pre)
print(model(x / 2).tolist() == y.tolist(), calls)
h.remove()
h.remove()
def double(module, inp, out):
    return out * 2
hd = model[2].register_forward_hook(double)
print(torch.allclose(model(x), 2 * y))
hd.remove()
for hh in handles:
    hh.remove()
activations.clear()
print(torch.equal(model(x), y), activations)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
    def forward(self, a, b):
        return self.fc(a) + b
net = Net()
seen = []
net.register_forward_hook(lambda m, i, o: seen.append((len(i), o.shape)))
net.register_forward_pre_hook(lambda m, i: (i[0], i[1] * 0))
out = net(torch.ones(1, 2), torch.ones(1, 2))
print(seen, torch.equal(out, net.fc(torch.ones(1, 2))))
print(type(h).__name__)
