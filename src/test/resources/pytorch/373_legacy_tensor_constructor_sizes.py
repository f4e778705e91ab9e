# torch.Tensor as old tutorials call it (the 2017 "Deep Learning with PyTorch: A 60 Minute Blitz":
# `x = torch.Tensor(5, 3)`, an uninitialised matrix; tester finding #64): integers are a size,
# a list or tuple is data (as floats), a torch.Size is a size, a tensor of any type is taken as it
# is through a view (AliasBackward0 in a graph); PyTorch's overload errors. The values of a sized
# tensor are uninitialised in PyTorch (adjoint's are zeros), so only shapes and types are printed.
import torch
torch.set_default_dtype(torch.float64)
x = torch.Tensor(3)
print(x.shape, x.dtype, x.requires_grad, x.is_leaf, x.type())
print(torch.Tensor(2, 3).shape, torch.Tensor(0, 3).shape, torch.Tensor(torch.Size([2, 2])).shape, torch.Tensor(1, 2, 3).dim())
print(torch.Tensor([1, 2]), torch.Tensor((2, 3)), torch.Tensor([[1, 2], [3, 4]]), torch.Tensor([True, False]), torch.Tensor([]), torch.Tensor())
t = torch.tensor([1., 2], requires_grad=True)
u = torch.Tensor(t)
print(u, u.requires_grad, u.is_leaf, u is t)
with torch.no_grad():
    u[0] = 5
print(t)
print(torch.Tensor(torch.tensor([1, 2])), torch.Tensor(t * 2))
for f in [lambda: torch.Tensor(2, "a"), lambda: torch.Tensor(2, requires_grad=True), lambda: torch.Tensor("ab"),
          lambda: torch.Tensor(-1), lambda: torch.Tensor(2.5), lambda: torch.Tensor(True), lambda: torch.FloatTensor(2.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(x, torch.Tensor), type(x).__name__)
