# Dive into Deep Learning (d2l.ai, PyTorch edition) 3.3 "Concise Implementation of Linear Regression" as
# written, seeded (torch.randn where d2l's synthetic_data calls torch.normal: see tester-findings)
import numpy as np
import torch
from torch.utils import data
from torch import nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

def synthetic_data(w, b, num_examples):
    X = torch.randn((num_examples, len(w)))
    y = torch.matmul(X, w) + b
    y += torch.randn(y.shape) * 0.01
    return X, y.reshape((-1, 1))

true_w = torch.tensor([2, -3.4])
true_b = 4.2
features, labels = synthetic_data(true_w, true_b, 1000)

def load_array(data_arrays, batch_size, is_train=True):  #@save
    """Construct a PyTorch data iterator."""
    dataset = data.TensorDataset(*data_arrays)
    return data.DataLoader(dataset, batch_size, shuffle=is_train)

batch_size = 10
data_iter = load_array((features, labels), batch_size)

print(next(iter(data_iter)))

net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)

num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X) ,y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l:f}')

w = net[0].weight.data
print('error in estimating w:', true_w - w.reshape(true_w.shape))
b = net[0].bias.data
print('error in estimating b:', true_b - b)
print(len(data_iter), type(next(iter(data_iter))).__name__)
