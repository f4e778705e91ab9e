# 0-d tensors in f-strings, str.format and format() give their Python number (Tensor.__format__),
# as every "print(f'loss {loss}')" in homework relies on; other tensors format as str
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor(0.5, requires_grad=True) * 2
print(f"{t}")
print(f"{t:.3f} {t:>8.2f}|")
print("{}".format(torch.tensor(3)), "{:d}".format(torch.tensor(3)))
print(format(torch.tensor(2.5)), format(torch.tensor(True)))
print(str(torch.tensor(2.5)), f"{torch.tensor([1.5, 2.0])}")
loss = ((torch.tensor([1.0, 2.0]) - torch.tensor([0.5, 0.5])) ** 2).mean()
print(f"loss {loss}, rounded {loss:.2f}, item {loss.item()}")
