# Slicing an nn.Sequential (tester finding #21; the PyTorch forums' "take the first layers of a model",
# feature extraction with model[:-1]): 1.13's Sequential.__getitem__ builds its class from
# OrderedDict(list(self._modules.items())[idx]), so a slice keeps the layers' names (a ModuleList's
# slice renumbers); Sequential(OrderedDict([...])) names its layers; del model[i] renumbers the rest;
# append names a layer str(len(self)), so appending to a slice can replace a layer of the same name.
from collections import OrderedDict
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Sigmoid())
sub = model[1:3]
print(sub)
print(type(sub).__name__, len(sub), sub[0], sub[-1])
print(model[::2])
print(model[-2:])
print(model[5:])
print([n for n, _ in sub.named_children()])
print([n for n, _ in model[2:].named_parameters()])
print(list(model[2:].state_dict().keys()))
print(sub[0] is model[1], model[2:][0].weight is model[2].weight)
print(model[:2](torch.ones(1, 2)).shape)
sub2 = model[1:]
sub2.append(nn.Tanh())
print(sub2)
m2 = nn.Sequential(nn.Linear(1, 1), nn.ReLU(), nn.Linear(1, 1))
print(m2[1:][1:])
named = nn.Sequential(OrderedDict([('hidden', nn.Linear(1, 2)), ('act', nn.ReLU()), ('out', nn.Linear(2, 1))]))
print(named)
print(named[1:], named.act, named[0] is named.hidden)
del named[0]
print(named)
for f in [lambda: nn.Sequential(OrderedDict([(1, nn.ReLU())])), lambda: nn.Sequential(OrderedDict([('a', 3)])),
          lambda: nn.Sequential({'a': nn.ReLU()})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
layers = nn.ModuleList([nn.ReLU(), nn.Tanh(), nn.Sigmoid()])
print(layers[1:])
del layers[0]
print(layers)
s = nn.Sequential(nn.ReLU(), nn.Tanh(), nn.Sigmoid(), nn.ReLU())
del s[1:3]
print(s)
del s[-1]
print(s)
try:
    del s[5]
except IndexError as e:
    print(type(e).__name__, e)
del model[1]
print(model)
