# Seeded layers, init functions, dropout, DataLoader shuffles and random_split give PyTorch's values and orders.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Dropout(0.5), nn.Linear(3, 2))
for name, p in model.named_parameters():
    print(name, p.tolist())
x = torch.arange(8.).reshape(2, 4) / 10
print(model(x).tolist())
model.eval()
print(model(x).tolist())
print(nn.functional.dropout(torch.ones(8), 0.3).tolist())
ds = TensorDataset(torch.arange(10.))
loader = DataLoader(ds, batch_size=4, shuffle=True)
for epoch in range(2):
    print([b[0].tolist() for b in loader])
plain = DataLoader(ds, batch_size=5)
print([b[0].tolist() for b in plain], torch.rand(1).tolist())
train, test = random_split(ds, [7, 3])
print(list(train.indices), list(test.indices))
w = torch.empty(3, 5)
print(nn.init.xavier_uniform_(w).tolist())
print(nn.init.xavier_normal_(w, gain=2.0).tolist())
print(nn.init.kaiming_uniform_(w, mode="fan_out", nonlinearity="relu").tolist())
print(nn.init.kaiming_normal_(w).tolist())
print(nn.init.kaiming_uniform_(torch.empty(2, 3, 2), a=0.1).tolist())
print(nn.init.calculate_gain("tanh"), nn.init.calculate_gain("leaky_relu"), nn.init.calculate_gain("leaky_relu", 0.2), nn.init.calculate_gain("relu"))
try:
    nn.init.xavier_uniform_(torch.empty(3))
except ValueError as e:
    print("ValueError:", e)
