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
torch.vstack([A, B])
