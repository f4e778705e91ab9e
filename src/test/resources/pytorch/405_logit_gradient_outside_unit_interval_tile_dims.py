# Review fixes (checked against torch 1.13): logit without eps has a NaN gradient outside [0, 1]; tile(dims=2) is PyTorch's TypeError.
import torch
x = torch.tensor([2., 0.5, -1.], requires_grad=True)
torch.logit(x).sum().backward()
print(x.grad)
try:
    torch.tile(torch.arange(3), dims=2)
except TypeError as e:
    print("TypeError")
print(torch.tile(torch.arange(3), dims=(2,)))
