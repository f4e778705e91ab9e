# A two-layer network as a Module with Linear children, trained by SGD on fixed data.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 3)
        self.fc2 = nn.Linear(3, 2)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))

net = Net()
with torch.no_grad():
    net.fc1.weight.copy_(torch.tensor([[0.5, -0.2], [0.1, 0.4], [-0.3, 0.8]]))
    net.fc1.bias.copy_(torch.tensor([0.0, 0.1, -0.1]))
    net.fc2.weight.copy_(torch.tensor([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]]))
    net.fc2.bias.zero_()
print(net)
X = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.3, -0.7], [2.0, 1.0]])
Y = torch.tensor([0, 1, 1, 0])
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for epoch in range(20):
    opt.zero_grad()
    loss = F.cross_entropy(net(X), Y)
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(epoch, f"{loss.item():.6f}")
print(net(X).argmax(dim=1))
print(sum(p.numel() for p in net.parameters()))
