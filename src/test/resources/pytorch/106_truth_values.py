# bool() of tensors: one element by value, none or several are PyTorch's RuntimeErrors.
import torch
torch.set_default_dtype(torch.float64)
print(bool(torch.tensor([2.])), bool(torch.tensor(0)), bool(torch.tensor([[True]])))
for t in [torch.tensor([]), torch.ones(2), torch.zeros(0, 3)]:
    try:
        print(bool(t))
    except RuntimeError as e:
        print("RuntimeError:", e)
if torch.tensor([]):
    pass
