# The kernels session 21's last-bits work changed, timed inside one process (run by scripts/bench-last-bits,
# this tree against a base tree): torch.erfc, F.mish, torch.logaddexp on 10^6 float64 values, and needle's
# float32 summation (a LayerNorm1d's sums) of a 1000 x 784 array along each axis. Prints one line per kernel:
# its name and the median of 7 timed runs in ms, after 3 untimed ones.
import time
import statistics
import numpy as np
import torch
import torch.nn.functional as F
import needle as ndl

torch.manual_seed(0)
x = torch.randn(1_000_000) * 3
y = torch.randn(1_000_000) * 3
v = ndl.Tensor(np.random.RandomState(0).rand(1000, 784).astype(np.float32), dtype="float32")


def timed(name, f):
    for _ in range(3):
        f()
    runs = []
    for _ in range(7):
        t = time.perf_counter()
        f()
        runs.append((time.perf_counter() - t) * 1000)
    print(name, round(statistics.median(runs), 2))


timed("erfc", lambda: torch.erfc(x))
timed("mish", lambda: F.mish(x))
timed("logaddexp", lambda: torch.logaddexp(x, y))
timed("needle_sum_f32", lambda: (ndl.summation(v, axes=(1,)), ndl.summation(v, axes=(0,))))
