# Grad mode is per thread in PyTorch: a new thread starts with grad enabled whatever the thread
# that starts it has (no_grad, set_grad_enabled(False)), and a thread's own no_grad leaves the
# starting thread's mode alone.
import threading
import torch
torch.set_default_dtype(torch.float64)

seen = []
w = torch.tensor([1.0, 2.0], requires_grad=True)


def look(tag):
    y = w * 3
    seen.append((tag, torch.is_grad_enabled(), y.requires_grad, y.grad_fn is not None))


def run(tag):
    t = threading.Thread(target=look, args=(tag,))
    t.start()
    t.join()


with torch.no_grad():
    run("under no_grad")
    print("main under no_grad:", torch.is_grad_enabled(), (w * 3).requires_grad)

torch.set_grad_enabled(False)
run("after set_grad_enabled(False)")
print("main:", torch.is_grad_enabled())
torch.set_grad_enabled(True)

with torch.inference_mode():
    run("under inference_mode")
    print("main inference:", torch.is_inference_mode_enabled())


def quiet():
    torch.set_grad_enabled(False)
    with torch.no_grad():
        seen.append(("thread off", torch.is_grad_enabled()))


t = threading.Thread(target=quiet)
t.start()
t.join()
print("main after the thread turned its own off:", torch.is_grad_enabled(), (w * 3).requires_grad)

for s in seen:
    print(*s)


# a decorated function keeps its mode in whichever thread calls it
@torch.no_grad()
def decorated():
    seen2.append((torch.is_grad_enabled(), (w * 2).requires_grad))


seen2 = []
t = threading.Thread(target=decorated)
t.start()
t.join()
decorated()
print(seen2)
