# optimizer.state_dict() / load_state_dict() / optimizer.state for SGD, Adam, AdamW, RMSprop, Adagrad, and the
# "saving and loading a general checkpoint" recipe kept in memory (copy.deepcopy; torch.save writes files: refused).
import copy
import torch
from torch import nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
m = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]]); y = torch.tensor([[1.0], [0.0]])
for name, opt in [('sgd0', torch.optim.SGD(m.parameters(), lr=0.1)), ('sgd', torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9)),
                  ('adam', torch.optim.Adam(m.parameters())), ('rms', torch.optim.RMSprop(m.parameters(), momentum=0.5, centered=True)),
                  ('rms0', torch.optim.RMSprop(m.parameters())),
                  ('ada', torch.optim.Adagrad(m.parameters())), ('adamw', torch.optim.AdamW(m.parameters(), amsgrad=True))]:
    print(name, opt.state_dict())
    for i in range(2):
        opt.zero_grad()
        ((m(x) - y) ** 2).mean().backward()
        opt.step()
    print(name, opt.state_dict())
    print(len(opt.state), opt.state[m.weight])
# the checkpoint recipe, in memory
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
def train(steps):
    for i in range(steps):
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
    return loss.item()
print(train(3))
checkpoint = copy.deepcopy({'epoch': 3, 'model_state_dict': model.state_dict(), 'optimizer_state_dict': opt.state_dict()})
after = train(4)
print(after)
model.load_state_dict(checkpoint['model_state_dict'])
opt.load_state_dict(checkpoint['optimizer_state_dict'])
print(train(4) == after, opt.state_dict()['state'][0]['momentum_buffer'])
opt2 = torch.optim.SGD(model.parameters(), lr=0.5)
opt2.load_state_dict(checkpoint['optimizer_state_dict'])
print(opt2.param_groups[0]['lr'], opt2.param_groups[0]['momentum'], opt2)
try:
    torch.optim.SGD([model[0].weight], lr=0.1).load_state_dict(checkpoint['optimizer_state_dict'])
except ValueError as e:
    print("ValueError:", e)
