# Module.get_buffer / get_parameter, and the live registries _parameters and _buffers (S5): their
# keys in registration order, writes through them, and PyTorch's errors for a wrong target.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
        self.bn = nn.BatchNorm1d(2)
        self.register_buffer("step", torch.tensor(0))
        self.scale = nn.Parameter(torch.ones(1))
    def forward(self, x):
        return self.bn(self.enc(x)) * self.scale
m = Net()
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: m.get_buffer("bn.running_var"))
t(lambda: m.get_buffer("step"))
t(lambda: m.get_buffer("bn.weight"))
t(lambda: m.get_buffer("bn.nothing"))
t(lambda: m.get_buffer("enc.5.x"))
t(lambda: m.get_parameter("enc.2.bias"))
t(lambda: m.get_parameter("bn.running_mean"))
t(lambda: m.get_parameter("scale"))
t(lambda: list(m._parameters.keys()))
t(lambda: list(m.enc[0]._parameters.keys()))
t(lambda: list(m.enc._parameters.keys()))
t(lambda: list(m._buffers.keys()))
t(lambda: list(m.bn._buffers.keys()))
t(lambda: type(m._parameters).__name__)
t(lambda: m._buffers["step"])
t(lambda: m.enc[0]._parameters["bias"].shape)
m.enc[0]._parameters["bias"] = nn.Parameter(torch.zeros(4))
print(m.enc[0].bias)
m._buffers["count"] = torch.tensor(5)
print(m.count, [n for n, _ in m.named_buffers()], list(m.state_dict().keys()))
print(sum(p.numel() for p in m.parameters()), [n for n, _ in m.named_parameters()])
print(m._parameters)
