# Loading MNIST as students' scripts do (issue 16; dlsys hw0's parse_mnist, the d2l and CS231n loaders):
# gzip.open(...).read(), the IDX header by struct.unpack, np.frombuffer(..., np.uint8, offset=16),
# .reshape(-1, 784).astype(np.float32) / 255.0, torch.tensor(X), torch.from_numpy(y).long(), and one
# shuffled epoch of a DataLoader over a TensorDataset. Run alike by CPython with NumPy and PyTorch and by
# adjoint: scripts/bench-load runs both and prints the ratios (torch.tensor of float32 is float64 in adjoint, by the
# SPEC, so no dtype of a tensor is in a checksum). Every line is "name wall_seconds
# cpu_seconds checksum" (scripts/bench-loops' protocol); the checksums must agree.
import gzip, os, struct, time
import numpy as np
import torch

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data", "mnist")
if not os.path.isdir(DATA):  # a worktree beside ../shared
    DATA = os.path.join(os.getcwd(), "..", "shared", "data", "mnist")
results = {}


def timed(name, fn, check):
    wall, cpu = time.perf_counter(), time.process_time()
    results[name] = result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(name, f"{wall:.6f}", f"{cpu:.6f}", check(result))


def read(name):
    with gzip.open(os.path.join(DATA, name), "rb") as f:
        return f.read()


def epoch():
    ds = torch.utils.data.TensorDataset(results["torch_tensor"], results["from_numpy_long"])
    n, total, pixels = 0, 0, 0
    for xb, yb in torch.utils.data.DataLoader(ds, batch_size=64, shuffle=True):
        n += xb.shape[0]
        total += int(yb.sum())
        pixels += int((xb[:, 202] * 255).round().sum())  # one pixel of every image: the values came through
    return n, total, pixels


timed("gzip_read", lambda: (read("t10k-images-idx3-ubyte.gz"), read("t10k-labels-idx1-ubyte.gz")),
      lambda r: f"{len(r[0])},{len(r[1])},{r[0][1000]},{r[1][100]}")
timed("struct_header", lambda: struct.unpack(">IIII", results["gzip_read"][0][:16]), lambda r: ",".join(map(str, r)))
timed("frombuffer", lambda: np.frombuffer(results["gzip_read"][0], np.uint8, offset=16),
      lambda r: f"{r.shape[0]},{r.dtype},{int(r[1000])},{int(r[-1])}")
timed("reshape", lambda: results["frombuffer"].reshape(-1, 784), lambda r: f"{r.shape[0]}x{r.shape[1]},{int(r[0, 202])},{int(r[9999, 400])}")
timed("astype_float32", lambda: results["reshape"].astype(np.float32), lambda r: f"{r.dtype},{r[0, 202]!r},{r[9999, 400]!r}")
timed("divide_255", lambda: results["astype_float32"] / 255.0, lambda r: f"{r.dtype},{r[0, 202]!r},{r[9999, 400]!r},{float(r[0].sum()):.4f}")
timed("labels_frombuffer", lambda: np.frombuffer(results["gzip_read"][1], np.uint8, offset=8),
      lambda r: f"{r.shape[0]},{int(r[0])},{int(r[-1])}")
# the snippet's temporaries die once used (a chain of calls keeps none): so do the steps' results here
for name in ("gzip_read", "frombuffer", "reshape", "astype_float32"):
    del results[name]
timed("torch_tensor", lambda: torch.tensor(results["divide_255"]), lambda r: f"{tuple(r.shape)},{r[0, 202].item()!r},{r[9999, 400].item()!r}")
timed("from_numpy_long", lambda: torch.from_numpy(results["labels_frombuffer"]).long(),
      lambda r: f"{r.dtype},{tuple(r.shape)},{r[100].item()}")
timed("dataloader_epoch", epoch, lambda r: ",".join(map(str, r)))
