# nn.Module API as homework uses it: children/modules/named_modules, apply with nn.init, buffers,
# train/eval flags, parameter counts, __call__, staticmethod/classmethod helpers, isinstance checks
# (named_buffers() and the buffers in state_dict() are left out: see tester-findings)
import torch
from torch import nn
torch.set_default_dtype(torch.float64)

class Block(nn.Module):
    def __init__(self, d_in, d_out):
        super(Block, self).__init__()
        self.fc = nn.Linear(d_in, d_out)
        self.act = nn.ReLU()
        self.register_buffer("scale", torch.tensor(2.0))

    def forward(self, x):
        return self.act(self.fc(x)) * self.scale

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Block(3, 4), Block(4, 4)])
        self.head = nn.Linear(4, 2, bias=False)

    def forward(self, x):
        for b in self.blocks:
            x = b(x)
        return self.head(x)

    @staticmethod
    def count(model):
        return sum(p.numel() for p in model.parameters() if p.requires_grad)

    @classmethod
    def build(cls):
        return cls()

net = Net.build()
print(net)
print(Net.count(net), len(list(net.parameters())), len(list(net.children())), len(list(net.modules())))
print([name for name, _ in net.named_modules()])
print([name for name, _ in net.named_parameters()])
print(list(net.parameters())[0].shape)

def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.1)
        if m.bias is not None:
            nn.init.zeros_(m.bias)

net.apply(init_weights)
x = torch.tensor([[1.0, -1.0, 2.0], [0.5, 0.5, 0.5]])
out = net(x)
print(out, out.shape, isinstance(out, torch.Tensor), torch.is_tensor(out), isinstance(net, nn.Module))
net.eval()
print(net.training, net.blocks[0].training, net.head.training)
net.train()
print(net.training, net.blocks[1].training)
net.head.weight.requires_grad_(False)
print(Net.count(net), net.head.weight.requires_grad)
loss = out.pow(2).mean()
loss.backward()
print(net.blocks[0].fc.weight.grad)
print(net.head.weight.grad)
net.zero_grad()
print(net.blocks[0].fc.weight.grad)
print(type(net.blocks).__name__, len(net.blocks), type(net.blocks[0]).__name__)
