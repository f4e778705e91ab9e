# torch.normal in its four forms (Dive into Deep Learning 3.2 builds its data and weights with it),
# with PyTorch's numbers: normal_(0, 1) of the broadcast shape, times std, plus mean.
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
true_w = torch.tensor([2, -3.4])
X = torch.normal(0, 1, (5, len(true_w)))
print(X)
w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
print(w, w.is_leaf)
print(torch.normal(2.0, 0.01, size=(20,)).tolist())
m = torch.tensor([1., 2., 3.])
s = torch.tensor([0.5, 2., 3.])
print(torch.normal(m, s).tolist())
print(torch.normal(m, 2.0).tolist())
print(torch.normal(1.5, s).tolist())
print(torch.normal(torch.zeros(2, 1), s))
g = torch.Generator().manual_seed(7)
print(torch.normal(0.0, 1.0, (3,), generator=g).tolist(), torch.normal(m, s, generator=g).tolist())
print(torch.normal(0, 1, (2,), dtype=torch.float64).dtype)
mr = torch.tensor([1., 2.], requires_grad=True)
y = torch.normal(mr, 1.0)
y.sum().backward()
print(y.requires_grad, mr.grad)  # PyTorch does not reparameterise: the gradient is 0
for bad in [lambda: torch.normal(m, -s), lambda: torch.normal(0, -1.0, (2,))]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    torch.normal(0, 1)
except TypeError as e:
    print(str(e).splitlines()[0])
