# A LeNet-5-style CNN trained as a course's CNN chapter trains it (issue 16): Conv2d(1,6,5,padding=2), ReLU,
# MaxPool2d(2), Conv2d(6,16,5), ReLU, MaxPool2d(2), Flatten, Linear(400,120), ReLU, Linear(120,84), ReLU,
# Linear(84,10); cross_entropy, SGD lr 0.01 momentum 0.9, batches of 64 real MNIST images (float64).
# Run alike by CPython with PyTorch and by adjoint: scripts/bench-cnn runs both and prints the ratios.
# Every line is "name wall_seconds cpu_seconds checksum" (scripts/bench-loops' protocol); the checksums
# (results to 6 digits) must agree. The first 30 steps are what a user waits for; the phases (each op
# alone, 20 times, on the network's own shapes) and the last 30 steps run warm, after them.
import gzip, os, time
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
BATCH, STEPS, REPEAT = 64, 30, 20
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data", "mnist")
if not os.path.isdir(DATA):  # a worktree beside ../shared
    DATA = os.path.join(os.getcwd(), "..", "shared", "data", "mnist")


def timed(name, fn, *args):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(name, f"{wall:.6f}", f"{cpu:.6f}", result)


with gzip.open(os.path.join(DATA, "t10k-images-idx3-ubyte.gz")) as f:
    images = np.frombuffer(f.read()[16:], np.uint8)[:2 * STEPS * BATCH * 784]
with gzip.open(os.path.join(DATA, "t10k-labels-idx1-ubyte.gz")) as f:
    labels = np.frombuffer(f.read()[8:], np.uint8)[:2 * STEPS * BATCH]
X = torch.tensor(images.reshape(-1, 1, 28, 28).astype(np.float64) / 255.0)
y = torch.tensor(labels.astype(np.int64))

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)


def train(first):
    """STEPS steps from batch `first` on; the summed loss and the parameters' sum."""
    total = 0.0
    for i in range(first, first + STEPS):
        opt.zero_grad()
        loss = F.cross_entropy(model(X[i * BATCH:(i + 1) * BATCH]), y[i * BATCH:(i + 1) * BATCH])
        loss.backward()
        opt.step()
        total += loss.item()
    return f"{total:.6f} {sum(p.sum().item() for p in model.parameters()):.6f}"


def repeat(fn):
    """fn() REPEAT times; the last result's sum, to 6 digits."""
    for _ in range(REPEAT):
        r = fn()
    return f"{sum(t.sum().item() for t in r):.6f}"


timed("first_30_steps", train, 0)

# The phases, on the shapes of the network's layers (batch 64): inputs and output gradients fixed.
conv1, conv2, fc1 = model[0], model[3], model[7]
x1 = X[:BATCH].clone()
x2 = torch.relu(torch.randn(BATCH, 6, 14, 14)).requires_grad_()
w1, b1 = conv1.weight.detach().clone().requires_grad_(), conv1.bias.detach().clone().requires_grad_()
w2, b2 = conv2.weight.detach().clone().requires_grad_(), conv2.bias.detach().clone().requires_grad_()
# each graph leaves one gradient to compute (adjoint's node computes every input's that requires grad)
y1, y2w, y2x = F.conv2d(x1, w1, b1, padding=2), F.conv2d(x2.detach(), w2, b2), F.conv2d(x2, w2.detach(), b2.detach())
g1, g2 = torch.randn(BATCH, 6, 28, 28), torch.randn(BATCH, 16, 10, 10)
p = torch.randn(BATCH, 16, 10, 10, requires_grad=True)
pooled = F.max_pool2d(p, 2)
gp = torch.randn(BATCH, 16, 5, 5)
h = torch.randn(BATCH, 400, requires_grad=True)
wf, bf = fc1.weight.detach().clone().requires_grad_(), fc1.bias.detach().clone().requires_grad_()
with torch.no_grad():
    timed("conv1_forward", repeat, lambda: [F.conv2d(x1, w1, b1, padding=2)])
    timed("conv2_forward", repeat, lambda: [F.conv2d(x2, w2, b2)])
    timed("pool_forward", repeat, lambda: [F.max_pool2d(p, 2)])
timed("conv1_grad_weight", repeat, lambda: torch.autograd.grad(y1, [w1, b1], g1, retain_graph=True))
timed("conv2_grad_weight", repeat, lambda: torch.autograd.grad(y2w, [w2, b2], g2, retain_graph=True))
timed("conv2_grad_input", repeat, lambda: torch.autograd.grad(y2x, [x2], g2, retain_graph=True))
timed("pool_backward", repeat, lambda: torch.autograd.grad(pooled, [p], gp, retain_graph=True))
timed("linear_forward_backward", repeat, lambda: torch.autograd.grad(F.linear(h, wf, bf).relu().sum(), [h, wf, bf]))

timed("warm_30_steps", train, STEPS)
