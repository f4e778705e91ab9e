# torch.device as the quickstart uses it (device objects, .device, .to(device), device= keywords)
# and the nn constructors called with PyTorch's keyword names.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
device = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
print(f"Using {device} device")
dev = torch.device(device)
print(dev, repr(dev), dev.type, dev.index, type(dev).__name__, isinstance(dev, torch.device))
print(torch.device("cuda:1"), repr(torch.device("cuda", 0)), repr(torch.device("cpu:0")), torch.device(dev))
x = torch.ones(2, 3, device=device)
print(x.device, repr(x.device), x.device == dev, x.device == torch.device("cpu"), x.device.type == "cpu", x.is_cuda)
print(x.to(device), x.to(dev, torch.int64), x.to(device=dev, dtype=torch.float64).dtype, x.to(dev).device)
print(torch.zeros(2, device=dev), torch.tensor([1.0, 2.0], device=dev), torch.arange(3, device=device),
      torch.zeros_like(x, device=dev).shape, x.get_device())
model = nn.Sequential(nn.Flatten(start_dim=1), nn.Linear(in_features=3, out_features=2, bias=False), nn.ReLU(inplace=True),
                      nn.Linear(2, out_features=1), nn.Dropout(p=0.0), nn.Softmax(dim=-1)).to(device)
print(model)
print(model[1].weight.shape, model[1].bias, model[3].bias.shape, model[1].weight.device)
print(nn.ModuleList(modules=[nn.Identity(), nn.Tanh()]), nn.LogSoftmax(dim=1), nn.MSELoss(reduction="sum"))
print(nn.CrossEntropyLoss(reduction="none")(torch.tensor([[1.0, 2.0], [0.5, -1.0]]), torch.tensor([1, 0])))
for bad in [lambda: torch.device("gpu"), lambda: nn.Linear(in_features=2), lambda: nn.Linear(), lambda: nn.Linear(2, 3, bais=False)]:
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
torch.ones(2).to("tpu")
