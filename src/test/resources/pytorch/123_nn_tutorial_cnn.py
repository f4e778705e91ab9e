# "What is torch.nn really?": the Mnist_CNN class (three stride-2 convolutions, relu, avg_pool2d)
# trained two epochs with SGD (momentum) and cross_entropy on seeded random 28x28 images (the
# tutorial's MNIST is not downloaded here); losses, accuracy and a bias after training. Its
# nn.Sequential form (Lambda, AdaptiveAvgPool2d) is in 206_nn_really_steps.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
torch.set_default_dtype(torch.float64)
torch.manual_seed(4)
xb = torch.rand(32, 784)
yb = torch.randint(0, 10, (32,))
bs = 16


class Mnist_CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, stride=2, padding=1)
        self.conv2 = nn.Conv2d(16, 16, kernel_size=3, stride=2, padding=1)
        self.conv3 = nn.Conv2d(16, 10, kernel_size=3, stride=2, padding=1)

    def forward(self, xb):
        xb = xb.view(-1, 1, 28, 28)
        xb = F.relu(self.conv1(xb))
        xb = F.relu(self.conv2(xb))
        xb = F.relu(self.conv3(xb))
        xb = F.avg_pool2d(xb, 4)
        return xb.view(-1, xb.size(1))


def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()


lr = 0.1
model = Mnist_CNN()
opt = optim.SGD(model.parameters(), lr=lr, momentum=0.9)
loss_func = F.cross_entropy
print(loss_func(model(xb), yb), accuracy(model(xb), yb).item())
for epoch in range(2):
    model.train()
    for i in range(0, 32, bs):
        loss = loss_func(model(xb[i:i + bs]), yb[i:i + bs])
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    with torch.no_grad():
        print(epoch, loss_func(model(xb), yb).item(), accuracy(model(xb), yb).item())
print(model.conv3.bias)

