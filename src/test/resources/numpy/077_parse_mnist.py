# hw0's parse_mnist as students write it: gzip + struct.unpack + np.frombuffer + reshape + astype / 255,
# over MNIST's test set: the course's copy (../shared/data/mnist beside the project) or the one
# adjoint ships, found from wherever this file runs (src/test/resources/numpy or target/test-classes/numpy)
import gzip
import os
import struct

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
candidates = [os.path.join(here, "..", "..", "..", "..", "shared", "data", "mnist"),
              os.path.join(here, "..", "..", "..", "..", "..", "shared", "data", "mnist"),
              os.path.join(here, "..", "..", "..", "main", "resources", "dev", "adjoint", "data", "mnist"),
              os.path.join(here, "..", "..", "classes", "dev", "adjoint", "data", "mnist")]
data = [d for d in candidates if os.path.exists(os.path.join(d, "t10k-labels-idx1-ubyte.gz"))][0]


def parse_mnist(image_filename, label_filename):
    """Read images and labels in the MNIST format: X is (num_examples, 784) float32 in [0, 1], y uint8."""
    with gzip.open(image_filename, "rb") as f:
        magic, num, rows, cols = struct.unpack(">4I", f.read(16))
        assert magic == 2051, magic
        X = np.frombuffer(f.read(), dtype=np.uint8).reshape(num, rows * cols).astype(np.float32) / 255.0
    with gzip.open(label_filename, "rb") as f:
        magic, num = struct.unpack(">II", f.read(8))
        assert magic == 2049, magic
        y = np.frombuffer(f.read(), dtype=np.uint8)
    return X, y


X, y = parse_mnist(os.path.join(data, "t10k-images-idx3-ubyte.gz"), os.path.join(data, "t10k-labels-idx1-ubyte.gz"))
print(X.shape, X.dtype, y.shape, y.dtype)
print(X.min(), X.max(), X.mean(), X.sum())
print(y[:20], y.sum(), y.max())
print(X[0, 200:210])
print(np.linalg.norm(X[:10]), X[:100].std())

# the same header read the other ways students write it
with gzip.open(os.path.join(data, "t10k-labels-idx1-ubyte.gz")) as f:
    raw = f.read()
print(len(raw), raw[:8], int.from_bytes(raw[:4], "big"), struct.unpack_from(">I", raw, 4))
labels = np.frombuffer(raw, dtype=np.uint8, offset=8)
print(labels[-5:], np.frombuffer(raw, dtype=">u4", count=2), np.frombuffer(raw[:8], dtype=np.uint16))
