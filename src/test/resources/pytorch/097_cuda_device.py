# The first lines of most PyTorch tutorials: pick the device, move tensors to it.
import torch
torch.set_default_dtype(torch.float64)

device = "cuda" if torch.cuda.is_available() else "cpu"
print(f"Using {device} device", torch.cuda.device_count())
x = torch.ones(2, 3, device=device, requires_grad=True)
y = (x * 2).sum()
y.backward()
print(x.grad)
