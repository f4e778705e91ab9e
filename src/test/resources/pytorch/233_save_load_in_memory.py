# "Learn the Basics: Save and Load the Model" (saveloadrun_tutorial) and "Saving and loading a general
# checkpoint" recipe, kept in memory (copy.deepcopy of state dicts instead of torch.save to a file, which
# adjoint refuses): the model's state_dict, load_state_dict's result, strict=False, resuming training
import copy
import torch
from torch import nn, optim
torch.set_default_dtype(torch.float64)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 3)
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

def fill(model, shift):
    with torch.no_grad():
        for i, p in enumerate(model.parameters()):
            p.copy_(torch.linspace(-1, 1, p.numel()).reshape(p.shape) * (i + 1) / 4 + shift)

net = Net()
fill(net, 0.0)
optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)

print("Model's state_dict:")
for param_tensor in net.state_dict():
    print(param_tensor, "\t", net.state_dict()[param_tensor].size())


X = torch.linspace(-2, 2, 20).reshape(5, 4)
y = torch.tensor([0, 1, 1, 0, 1])
loss_fn = nn.CrossEntropyLoss()

def train(model, opt, steps):
    for _ in range(steps):
        loss = loss_fn(model(X), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()

EPOCH = 5
LOSS = train(net, optimizer, 3)
checkpoint = copy.deepcopy({
    'epoch': EPOCH,
    'model_state_dict': net.state_dict(),

    'loss': LOSS,
})
print(sorted(checkpoint))

model = Net()
fill(model, 1.0)
opt2 = optim.SGD(model.parameters(), lr=0.5)
print(model.load_state_dict(checkpoint['model_state_dict']))
epoch = checkpoint['epoch']
loss = checkpoint['loss']
print(epoch, round(loss, 10), opt2.param_groups[0]['lr'])
model.eval()
print(torch.equal(model.fc1.weight, net.fc1.weight), model.training)
model.train()
a = train(net, optimizer, 4)
b = train(model, opt2, 4)
print(round(a, 10), round(b, 10), torch.allclose(net.fc2.bias, model.fc2.bias))

sd = net.state_dict()
sd['fc2.bias'][0] = 100.0
print(net.fc2.bias[0].item())
del sd['fc2.bias']
print(net.load_state_dict(sd, strict=False))
try:
    net.load_state_dict(sd)
except RuntimeError as e:
    print(str(e).splitlines()[0])

weights = copy.deepcopy(net.state_dict())
with torch.no_grad():
    net.fc1.weight.zero_()
print(net.fc1.weight.abs().sum().item(), weights['fc1.weight'].abs().sum().item() > 0)
net.load_state_dict(weights)
print(net.fc1.weight.abs().sum().item() > 0)
