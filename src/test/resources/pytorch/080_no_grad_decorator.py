# torch.no_grad() as a decorator.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0], requires_grad=True)
@torch.no_grad()
def double(t):
    return t * 2
print(double(x).requires_grad, (x * 2).requires_grad)
