# PyTorch 1.13's "Autograd mechanics" note, "Multithreaded Autograd": each thread builds and
# differentiates its own graph; the threads are joined before anything is printed.
import threading
import torch
torch.set_default_dtype(torch.float64)

grads = {}


# Define a train function to be used in different threads
def train_fn(k):
    x = torch.full((5, 5), float(k), requires_grad=True)
    # forward
    y = (x + 3) * (x + 3) * 0.5
    # backward
    y.sum().backward()
    # potential optimizer update
    grads[k] = (x.grad.sum().item(), x.grad[0, 0].item(), y.grad_fn.name())


# User write their own threading code to drive the train_fn
threads = []
for k in range(10):
    p = threading.Thread(target=train_fn, args=(k,))
    p.start()
    threads.append(p)

for p in threads:
    p.join()

for k in sorted(grads):
    print(k, grads[k])
print([p.is_alive() for p in threads])


# the note's own train_fn, as students paste it: nothing to print, it must simply run
def train_fn_note():
    x = torch.ones(5, 5, requires_grad=True)
    # forward
    y = (x + 3) * (x + 3) * 0.5
    # backward
    y.sum().backward()
    # potential optimizer update


threads = []
for _ in range(10):
    p = threading.Thread(target=train_fn_note, args=())
    p.start()
    threads.append(p)

for p in threads:
    p.join()
print(threading.active_count())
