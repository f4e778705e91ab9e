# nn.Module API gaps, checked against torch 1.13: get_submodule and get_parameter by dotted path
# (with their errors), _modules as the ordered children,
# state_dict(keep_vars=True) keeping the parameters themselves, state_dict(prefix=...).
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.act = nn.ReLU()
        self.register_buffer("steps", torch.zeros(1))

torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 3), Block(), nn.Tanh())
print(m.get_submodule("0"), m.get_submodule("1.fc"), m.get_submodule("") is m, m.get_submodule("1").act)
print(m.get_parameter("1.fc.bias"), m.get_parameter("0.weight").shape)
print(type(m._modules).__name__, list(m._modules.keys()), m._modules["2"], [type(c).__name__ for c in m._modules.values()])
print(list(Block()._modules.items()), list(m[1]._modules))
sd = m.state_dict(keep_vars=True)
print(list(sd), sd["0.bias"] is m[0].bias, sd["0.bias"].requires_grad, type(sd["1.steps"]).__name__)
plain = m.state_dict()
print(plain["0.bias"].requires_grad, plain["0.bias"] is m[0].bias, list(m.state_dict(prefix="net.").keys())[:2])
for path in ["3", "1.conv", "0.weight", "1.fc.weight.x"]:
    try:
        m.get_submodule(path)
    except AttributeError as e:
        print("AttributeError:", e)
for path in ["1.fc.scale", "1.act", "1.steps", "9.weight"]:
    try:
        m.get_parameter(path)
    except AttributeError as e:
        print("AttributeError:", e)
