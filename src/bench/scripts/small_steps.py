# Small autograd steps (tester Z46): each op works on a few hundred numbers, so the cost per op, not the
# arithmetic, decides. Run alike by CPython with PyTorch and by adjoint: scripts/bench-small-steps runs both
# and prints the ratios. Every line it prints is "name wall_seconds cpu_seconds checksum"; the checksums
# (the results to 6 digits) must agree.
import time
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)


def timed(name, fn, *args):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(name, f"{wall:.6f}", f"{cpu:.6f}", result)


def batch1_training(steps):
    """Linear(10,32)-ReLU-Linear(32,2), cross-entropy, SGD with momentum, one sample a step."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    X = torch.randn(steps, 10)
    y = (X[:, 0] > 0).long()
    lossf = nn.CrossEntropyLoss()
    total = 0.0
    for i in range(steps):
        opt.zero_grad()
        loss = lossf(model(X[i:i + 1]), y[i:i + 1])
        loss.backward()
        opt.step()
        total += loss.item()
    return f"{total:.6f} {sum(p.sum().item() for p in model.parameters()):.6f}"


def square_loss_steps(steps):
    """((w - 1) ** 2).sum().backward() on 1000 numbers, then a gradient step under no_grad."""
    w = torch.zeros(1000, requires_grad=True)
    total = 0.0
    for _ in range(steps):
        loss = ((w - 1) ** 2).sum()
        loss.backward()
        total += loss.item()
        with torch.no_grad():
            w -= 0.01 * w.grad
            w.grad.zero_()
    return f"{total:.6f}"


def small_adds(steps):
    """x + x on 1000 numbers, nothing recorded."""
    torch.manual_seed(1)
    x = torch.randn(1000)
    for _ in range(steps):
        y = x + x
    return f"{y.sum().item():.6f}"


timed("batch1_training", batch1_training, 3000)
timed("square_loss_steps", square_loss_steps, 3000)
timed("small_adds", small_adds, 20000)
