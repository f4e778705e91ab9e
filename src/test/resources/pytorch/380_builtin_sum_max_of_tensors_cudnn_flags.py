# Tester findings 42 and 44 (session 10): Python's builtin sum/min/max iterate a torch tensor over its first
# dimension (sum of a matrix is the sum of its rows; max of a matrix compares rows and fails), and the
# boilerplate training scripts begin with: torch.backends.cudnn flags, torch.cuda seeding on a CPU build,
# and torch.__version__ parsed as numbers.
import torch
torch.set_default_dtype(torch.float64)
m = torch.tensor([[3., 1.], [0., 5.]])
print(sum(m))
print(sum(torch.ones(2, 2, 2)).shape)
print(sum(m, torch.zeros(2)))
print(sum(torch.tensor([1.0, 2.0, 3.0])))
print(max(torch.tensor([1., 9., 2.])), min(torch.tensor([4., -1., 2.])))
print(max(torch.tensor([[1., 9.], [8., 2.]]), key=lambda r: r[0]))
try:
    max(m)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    sum(torch.tensor(2.))
except TypeError as e:
    print("TypeError", e)
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = sum(x * x)
y.backward()
print(y, x.grad)
torch.backends.cudnn.benchmark = True
torch.backends.cudnn.deterministic = True
print(torch.backends.cudnn.benchmark, torch.backends.cudnn.deterministic, torch.backends.cudnn.enabled, torch.backends.cudnn.is_available())
try:
    torch.backends.cudnn.benchmark = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(torch.cuda.manual_seed(0), torch.cuda.manual_seed_all(0), torch.cuda.empty_cache())
try:
    torch.cuda.synchronize()
except AssertionError as e:
    print("AssertionError", e)
print(tuple(int(v) for v in torch.__version__.split('.')[:2]))
