# Module._modules is the live registry (layers swapped or removed through it), the names
# add_module/register_buffer/register_parameter refuse, and state_dict/named_modules with a module
# used twice (tester S1, S2, S12; torch 1.13 module.py).
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = nn.Sequential(nn.Linear(3, 4), nn.ReLU())
m._modules["2"] = nn.Tanh()
print(len(m), m)
m._modules.pop("1")
print(m)
print(list(m._modules.keys()), type(m._modules).__name__)
d = m._modules
m.add_module("extra", nn.Sigmoid())
print(list(d.keys()))
del m._modules["extra"]
print(hasattr(m, "extra"), list(m._modules))
print(m(torch.ones(1, 3)).shape)

n = nn.Sequential(nn.Linear(3, 4), nn.ReLU())
attempt(lambda: n.register_buffer("0", torch.zeros(1)))
print(n[0])
attempt(lambda: n.register_buffer("a.b", torch.zeros(1)))
attempt(lambda: n.register_buffer("", torch.zeros(1)))
attempt(lambda: n.register_buffer(3, torch.zeros(1)))
attempt(lambda: n.register_buffer("forward", torch.zeros(1)))
attempt(lambda: n.register_buffer("ok", [1]))
n.register_buffer("ok", torch.zeros(1))
n.register_buffer("ok", torch.ones(1))  # a buffer may be registered again
print(n.ok)
attempt(lambda: n.add_module("a.b", nn.ReLU()))
attempt(lambda: n.add_module("", nn.ReLU()))
attempt(lambda: n.add_module(3, nn.ReLU()))
attempt(lambda: n.add_module("ok", nn.ReLU()))
attempt(lambda: n.add_module("x", 3))
n.add_module("1", nn.Tanh())  # replacing a submodule is allowed
print(n)
attempt(lambda: n.register_parameter("a.b", nn.Parameter(torch.zeros(1))))
attempt(lambda: n.register_parameter("", nn.Parameter(torch.zeros(1))))
attempt(lambda: n.register_parameter(3, nn.Parameter(torch.zeros(1))))
attempt(lambda: n.register_parameter("ok", nn.Parameter(torch.zeros(1))))
attempt(lambda: n.register_parameter("train", nn.Parameter(torch.zeros(1))))
n.register_parameter("w", nn.Parameter(torch.zeros(2)))
n.register_parameter("w", None)
print([k for k, _ in n.named_parameters()])

shared = nn.Linear(2, 2)
s = nn.Sequential(shared, nn.ReLU(), shared, nn.Sequential(nn.Linear(2, 1)))
print(list(s.state_dict().keys()))
print(s.state_dict(keep_vars=True)["2.weight"] is shared.weight)
print([k for k, _ in s.named_parameters()])
print([k for k, _ in s.named_modules()])
print([k for k, _ in s.named_modules(remove_duplicate=False)])
print([k for k, _ in s.named_modules(prefix="net")])
s.load_state_dict(s.state_dict())
print(len(list(s.parameters())))
