# An autograd error in a thread: threading.excepthook gets the exception (here a hook that prints
# it on stdout), the thread ends and the program goes on; another thread's results are intact.
import threading
import torch
torch.set_default_dtype(torch.float64)


def hook(args):
    print("hook:", args.exc_type.__name__, "|", args.exc_value, "|", args.thread.name)


threading.excepthook = hook


def bad():
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    y.backward()  # not a scalar


def also_bad():
    a = torch.ones(2, 2, requires_grad=True)
    a.add_(1)  # a leaf that requires grad, in place


def good(out):
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    (x ** 3).sum().backward()
    out.append(x.grad)


out = []
for name, target, args in (("bad", bad, ()), ("also_bad", also_bad, ()), ("good", good, (out,))):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
print(out)
threading.excepthook = threading.__excepthook__
print("end")
