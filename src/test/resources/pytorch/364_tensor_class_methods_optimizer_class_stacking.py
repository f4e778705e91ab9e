# Names tutorials and course code use: tensor methods through the class (micrograd's test_engine.py
# passes torch.Tensor.tanh as a function), torch.optim.Optimizer for isinstance (d2l's
# train_epoch_ch3) and the optimizers as its subclasses, vstack/hstack/column_stack, type_as.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, -2.0, 0.123], requires_grad=True)
for f in [torch.Tensor.tanh, torch.Tensor.exp, torch.Tensor.abs, torch.Tensor.relu]:
    y = f(x)
    print(f.__name__, y, hasattr(torch.Tensor, f.__name__))
print(torch.Tensor.add(x, 1), torch.Tensor.sum(x, dim=0), list(map(torch.Tensor.tolist, [torch.tensor([1, 2])])))
try:
    torch.Tensor.abs(5)
except TypeError as e:
    print('TypeError:', e)
w = torch.zeros(2, requires_grad=True)
for opt in [torch.optim.SGD([w], lr=0.1), torch.optim.Adam([w]), torch.optim.AdamW([w]), torch.optim.RMSprop([w]), torch.optim.Adagrad([w])]:
    print(type(opt).__name__, isinstance(opt, torch.optim.Optimizer), isinstance(opt, torch.optim.SGD), type(opt))
print(issubclass(torch.optim.Adam, torch.optim.Optimizer), torch.optim.Optimizer)
a = torch.tensor([1.0, 2.0]); b = torch.tensor([3.0, 4.0])
print(torch.vstack((a, b)), torch.hstack([a, b]), torch.column_stack((a, b)))
A = torch.ones(2, 2); B = torch.zeros(2, 1)
print(torch.hstack((A, B)), torch.vstack([A, torch.ones(1, 2)]).shape, torch.vstack((torch.tensor(1.), torch.tensor(2.))))
print(torch.arange(3).type_as(torch.tensor([0.5])), torch.tensor([1.7, -2.2]).type_as(torch.tensor([1])))
v = torch.hstack([a.requires_grad_(), b * 2])
v.sum().backward()
print(v.grad_fn.name(), a.grad)
# U22: the special methods through the class too, the optimizers' methods, and NumPy's array methods through np.ndarray
import numpy as np
t = torch.tensor([1.0, 2.0])
print(torch.Tensor.__add__(t, 1), torch.Tensor.__radd__(t, 1), torch.Tensor.__mul__(t, t), torch.Tensor.__getitem__(t, 0), torch.Tensor.__len__(t))
print(torch.Tensor.__neg__(t), torch.Tensor.__matmul__(t, t), torch.Tensor.__eq__(t, 1), torch.Tensor.__lt__(t, 2), torch.Tensor.__repr__(t))
print(callable(torch.optim.Adam.step), callable(torch.optim.Optimizer.zero_grad), hasattr(torch.optim.SGD, "state_dict"))
arr = np.arange(6.0).reshape(2, 3)
print(np.ndarray.sum(arr), np.ndarray.sum(arr, axis=0), np.ndarray.mean(arr), np.ndarray.reshape(arr, (3, 2)), np.ndarray.tolist(arr))
print(np.ndarray.astype(arr, int), list(map(np.ndarray.tolist, [np.ones(2)])), np.ndarray.__add__(arr, 1)[0], np.ndarray.__len__(arr))
try:
    np.ndarray.sum(3)
except TypeError as e:
    print('TypeError:', e)
torch.vstack([A, B])
