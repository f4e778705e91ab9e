# The note's shared graph: the first part of the forward runs once, then several threads run
# backward through it with retain_graph=True; the gradients of the shared leaf accumulate (the
# sum does not depend on the order). Without retain_graph, the thread that comes second gets the
# "backward through the graph a second time" error (threads joined one after the other).
import threading
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
h = (x + 3) * (x + 3) * 0.5  # the shared first part


def train_fn_shared(k):
    out = (h * (k + 1)).sum()
    out.backward(retain_graph=True)


threads = [threading.Thread(target=train_fn_shared, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(x.grad)  # (x + 3) * (1 + 2 + 3 + 4)

x.grad = None
y = (x * x).exp().sum()
errors = []


def backward_once():
    try:
        y.backward()
    except RuntimeError as e:
        errors.append(str(e))


for _ in range(2):
    t = threading.Thread(target=backward_once)
    t.start()
    t.join()
print(x.grad)
print(len(errors))
print(errors[0])

# torch.autograd.grad from threads, each on the shared part
results = [None] * 3


def grad_of(k):
    (g,) = torch.autograd.grad((h ** (k + 1)).sum(), x, retain_graph=True)
    results[k] = g


threads = [threading.Thread(target=grad_of, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for g in results:
    print(g)
