# dir(tensor) lists PyTorch's names that adjoint has (sorted, with special methods), and the special methods work as
# the operators do (students discover methods with [m for m in dir(x) if 'grad' in m]).
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
names = dir(t)
print(names == sorted(names), 'grad' in names, 'backward' in names, '__add__' in names, '__getitem__' in names)
print([m for m in dir(t) if 'grad' in m and m in ['grad', 'grad_fn', 'requires_grad', 'requires_grad_', 'retain_grad', 'retains_grad']])
print(t.__add__(1), t.__radd__(1), t.__rsub__(1), t.__mul__(t), t.__getitem__(0), t.__len__())
print(t.__neg__(), t.__abs__(), t.__lt__(0), t.__eq__(t), t.detach().__rtruediv__(1), t.__pow__(2), t.__rpow__(2))
print(t.__matmul__(t), t.__repr__(), t.__str__(), t.__contains__(3.0), t.detach().__bool__ if False else '')
x = torch.ones(2)
y = x.__iadd__(1)
print(y is x, x)
