import torch
torch.set_default_dtype(torch.float64)

# index assignment drops the value's leading size-1 dims (PyTorch's slicePrefix1sDims), then
# basic indexing expands the value into the view (expand's errors) and index tensors use
# index_put_ (its shape-mismatch error); the official seq2seq tutorial writes a (1, n) row into t[i]


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)


def put(t, key, v):
    t[key] = v


encoder_outputs = torch.zeros(4, 3)
for ei in range(3):
    encoder_output = torch.full((1, 1, 3), float(ei + 1))
    encoder_outputs[ei] = encoder_output[0, 0]
    encoder_outputs[ei + 1] = encoder_output[0]
print(encoder_outputs)

t = torch.zeros(3, 4)
t[0] = torch.ones(1, 4)
t[1] = torch.ones(1, 1, 4) * 2
t[:, 0] = torch.ones(1, 3) * 5
t[0, 0] = torch.ones(1, 1) * 9
t[2, 1] = torch.ones(1) * 8
print(t)
attempt("row from (2, 4)", lambda: put(t, 0, torch.ones(2, 4)))
attempt("row from (4, 1)", lambda: put(t, 0, torch.ones(4, 1)))
attempt("row from (1, 2, 4)", lambda: put(t, 0, torch.ones(1, 2, 4)))
attempt("entry from (2,)", lambda: put(t, (0, 0), torch.ones(2)))
attempt("slice from (3, 4)", lambda: put(t, slice(0, 2), torch.ones(3, 4)))
attempt("None from (2, 3, 4)", lambda: put(t, None, torch.ones(2, 3, 4)))
t[0:2] = torch.arange(4.)
t[...] = t[...] + torch.ones(1, 1, 4)
t[None] = torch.ones(1, 1, 1, 4) * torch.arange(4.)
print(t)

# index tensors
t = torch.zeros(3, 4)
t[[0, 1]] = torch.ones(1, 2, 4)
t[torch.tensor([2])] = torch.ones(1, 1, 1, 4) * 3
t[1:, [0, 1]] = torch.ones(1, 2, 2) * 7
print(t)
attempt("rows from (3, 4)", lambda: put(t, [0, 1], torch.ones(3, 4)))
attempt("rows from (1, 3, 4)", lambda: put(t, [0, 1], torch.ones(1, 3, 4)))
attempt("rows from (2, 1, 4)", lambda: put(t, [0, 1], torch.ones(2, 1, 4)))
attempt("mixed from (1, 3, 2)", lambda: put(t, (slice(1, None), [0, 1]), torch.ones(1, 3, 2)))

# boolean masks
m = t > 2
t[m] = torch.ones(1, 1) * -1
print(t)
t[t < 0] = torch.arange(1., 7.).reshape(1, 6)
print(t)
attempt("mask from (2,)", lambda: put(t, t > 6, torch.ones(2)))
attempt("mask from (3,)", lambda: put(t, t > 3, torch.ones(3)))
attempt("mask shape", lambda: put(t, torch.ones(2, 4) > 0, 0.0))

# Python bools and 0-d bool tensors index a new axis of size 1
t = torch.arange(6.).reshape(2, 3)
print(t[True].shape, t[False].shape, t[torch.tensor(True)].shape, t[torch.tensor(False)].shape)
print(t[0, True], t[True, 0], t[None, True].shape, t[True, 1:, torch.tensor(True)])
t[False] = torch.ones(5)
t[torch.tensor(False)] = torch.ones(1, 2, 3)
print(t)
t[True] = torch.ones(1, 3) * 4
print(t)
t[torch.tensor(True)] = torch.ones(1, 1, 3) * 5
t[0, True] = torch.ones(1, 1) * 6
print(t)
attempt("True from (2, 2, 3)", lambda: put(t, True, torch.ones(2, 2, 3)))
attempt("tensor(True) from (5,)", lambda: put(t, torch.tensor(True), torch.ones(5)))
attempt("tensor(False) from (5,)", lambda: put(t, torch.tensor(False), torch.ones(5)))

# gradients flow through the dropped dims to the value's own shape
x = torch.tensor([[1., 2., 3.]], requires_grad=True)
w = torch.tensor([[[0.5, -1., 2.]]], requires_grad=True)
h = torch.zeros(3, 3)
h[1] = x * 2
h[[0, 2]] = w * x
(h * torch.arange(9.).reshape(3, 3)).sum().backward()
print(h, x.grad, w.grad)

# which writes go through a view of the tensor (CopySlices; "a view of a leaf") and which into it
for key in [(slice(None), [0]), (Ellipsis, [0]), ([0],), (slice(0, 3), [0]), (slice(None, 3), [0]), (slice(0, 2), [0]),
            (0, [0]), (torch.tensor(True),), (None, [0]), (torch.ones(3, 3) > 0,), Ellipsis, slice(0, 3), slice(None),
            (slice(None), 0), (Ellipsis, slice(0, 3))]:
    for v in [2.0, torch.ones(1, 1)]:
        w = torch.zeros(3, 3, requires_grad=True)
        attempt("leaf", lambda: put(w, key, v))
        h = torch.zeros(3, 3).requires_grad_().clone()
        h[key] = v * w[0, 0]
        print(h.grad_fn.name())
