import torch
torch.set_default_dtype(torch.float64)

# PyTorch applies integers, slices and None first (a view), then the index tensors to that view's
# dims: an integer is never an index tensor, so it does not move the tensors' block of dims
# (NumPy's rule does). Tester finding X38/X39.
X = torch.arange(60.).reshape(3, 4, 5)
r = X[0, -2:, torch.tensor([1, 1, 0])]
print(r.shape, r)
print(X[:-1, [0, 1], None, 3])
print(X[1, None, 1:3, torch.tensor([[0], [1]])].shape)
print(X[torch.tensor([0, 2]), 1, torch.tensor([4, 3])])
print(X[1, :, torch.tensor([0, 2])].shape, X[:, 1, torch.tensor([0, 2])].shape)
print(X[torch.tensor(1, dtype=torch.int32), :, torch.tensor([0, 1])])
print(X[torch.tensor(True), :, torch.tensor([0, 1])].shape, X[torch.tensor(False), 1].shape)
print(X[..., ...].shape, X[::2, ..., ...].shape, X[torch.tensor([[0], [1]]), -1, ..., ...].shape)

# the same placement when writing
Y = X.clone()
Y[0, -2:, torch.tensor([1, 0])] = torch.tensor([[100., 200.], [300., 400.]])
print(Y[0])

# gradients reach the entries picked
w = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
out = w[1, 1:, torch.tensor([3, 3, 0])]
print(type(out.grad_fn).__name__, out.shape)
(out * torch.arange(6.).reshape(2, 3)).sum().backward()
print(w.grad[1])

# errors count dims as PyTorch does: an integer by its place in the subscript, a mask against the view
def err(f):
    try:
        f()
    except IndexError as e:
        print("IndexError:", e)

err(lambda: X[None, -4, 3])
err(lambda: X[..., 3, torch.tensor([[0], [1]]), :-1])
err(lambda: X[0, torch.tensor([True, False, True, True]), [0, 1], None])
err(lambda: X[1, slice(None, None, 1), torch.tensor([True, False, True])])
err(lambda: X[None, torch.tensor([True, False, True, True]), 1])
err(lambda: X[torch.tensor([True, False, True, True]), 1:3])
err(lambda: X[torch.ones(3, 4, dtype=torch.bool), 0:2])
err(lambda: X[0, :, torch.tensor([0, 5])])
err(lambda: X[torch.tensor([0, 7]), torch.tensor([9, 0])])
err(lambda: X[torch.tensor([0, 5]), torch.tensor([True, False])])
err(lambda: X[torch.tensor([0, 5]), torch.tensor([1, 2, 3])])
err(lambda: X[torch.tensor([0, 2]), ..., ..., torch.tensor([0, 2])])
print(X[1:1, torch.tensor([9])].shape)
def put(key, v):
    Y[key] = v
err(lambda: put((1, None, torch.tensor([0, 1]), torch.tensor([2, 9])), torch.tensor([1., 2.])))
err(lambda: put((None, -4, 3), 1.))
