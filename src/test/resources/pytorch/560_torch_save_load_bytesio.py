# torch.save / torch.load to a file in memory (io.BytesIO), as "Learn the Basics: Save and Load the Model"
# does with a path; pickle.dumps/loads and copy.deepcopy of tensors and models (U9).
import copy
import io
import pickle

import torch
from torch import nn

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

# a state_dict, then load_state_dict of what comes back
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
print(buf.tell() > 0, buf.getvalue()[:2])
buf.seek(0)
sd = torch.load(buf)
print(type(sd).__name__, list(sd.keys()))
print(all(torch.equal(sd[k], v) for k, v in model.state_dict().items()))
print(sd["0.weight"].requires_grad, sd["0.bias"].dtype)
model2 = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(model2.load_state_dict(sd))
x = torch.randn(5, 3)
print(torch.equal(model(x), model2(x)))

# a tensor, integer and bool tensors, a 0-d tensor, a list and a dict of them, the same tensor twice
buf = io.BytesIO()
t = torch.arange(6).reshape(2, 3)
obj = {"ints": t, "bools": t > 2, "scalar": torch.tensor(2.5), "list": [t, torch.ones(2, requires_grad=True)], "again": t,
       "epoch": 7, "loss": 0.125, "name": "run-1", "none": None, "tuple": (1, 2.0, "x")}
torch.save(obj, buf)
buf.seek(0)
back = torch.load(buf)
for k, v in back.items():
    print(k, v)
print(back["ints"] is back["again"], back["list"][0] is back["ints"])
print(back["ints"].dtype, back["bools"].dtype, back["list"][1].requires_grad, back["list"][1].is_leaf)

# a checkpoint with the optimizer's state, restored into fresh objects
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
loss = model(x).pow(2).sum()
loss.backward()
opt.step()
buf = io.BytesIO()
torch.save({"epoch": 3, "model_state_dict": model.state_dict(), "optimizer_state_dict": opt.state_dict(), "loss": loss.item()}, buf)
buf.seek(0)
ckpt = torch.load(buf)
opt2 = torch.optim.SGD(model2.parameters(), lr=0.5)
model2.load_state_dict(ckpt["model_state_dict"])
opt2.load_state_dict(ckpt["optimizer_state_dict"])
print(ckpt["epoch"], round(ckpt["loss"], 6), opt2.param_groups[0]["lr"], opt2.param_groups[0]["momentum"])
print(torch.equal(opt2.state_dict()["state"][0]["momentum_buffer"], opt.state_dict()["state"][0]["momentum_buffer"]))

# two saves in one buffer, read back in order; load with map_location
buf = io.BytesIO()
torch.save(torch.tensor([1.0, 2.0]), buf)
first_end = buf.tell()
buf.seek(0)
print(torch.load(buf, map_location="cpu"))
buf.seek(0)
print(torch.load(buf, map_location=torch.device("cpu")))

# a parameter stays a parameter
buf = io.BytesIO()
torch.save(nn.Parameter(torch.ones(2)), buf)
buf.seek(0)
p = torch.load(buf)
print(type(p).__name__, p.requires_grad)

# a whole model, of a built-in class and of the program's own
buf = io.BytesIO()
torch.save(model, buf)
buf.seek(0)
whole = torch.load(buf)
print(type(whole).__name__, torch.equal(whole(x), model(x)), whole[0].weight is model[0].weight)


class TwoLayer(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(3, 5)
        self.out = nn.Linear(5, 1)
        self.scale = 2.0

    def forward(self, v):
        return self.out(torch.tanh(self.hidden(v))) * self.scale


net = TwoLayer()
buf = io.BytesIO()
torch.save(net, buf)
buf.seek(0)
net2 = torch.load(buf)
print(type(net2).__name__, net2.scale, torch.equal(net2(x), net(x)), [n for n, _ in net2.named_parameters()])
net2.out.weight.data.fill_(0.5)
print(torch.equal(net.out.weight, net2.out.weight))

# pickle of tensors, through dumps/loads and dump/load
s = pickle.dumps(torch.tensor([[1.5, -2.0], [0.25, 3.0]]))
print(type(s).__name__, pickle.loads(s))
print(pickle.loads(pickle.dumps({"w": torch.ones(2, dtype=torch.int64), "b": [torch.zeros(1)]})))
f = io.BytesIO()
pickle.dump(torch.arange(3), f)
f.seek(0)
print(pickle.load(f))

# copy.deepcopy of a model: equal values, separate tensors
m3 = copy.deepcopy(model)
print(torch.equal(m3[0].weight, model[0].weight), m3[0].weight is model[0].weight)

# a non-leaf tensor that requires grad cannot be pickled or deep-copied
y = torch.ones(2, requires_grad=True) * 2
try:
    copy.deepcopy(y)
except RuntimeError as e:
    print("RuntimeError:", e)

# bad data
try:
    torch.load(io.BytesIO(b""))
except Exception as e:
    print(type(e).__name__, e)
