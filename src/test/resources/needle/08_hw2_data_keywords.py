# hw2's data tests as the course calls them (CMU 10-414/714 hw2, tests/hw2/test_data.py and
# tests/hw2/test_nn_and_optim.py's eval_epoch_1/train_epoch_1): DataLoader with keyword arguments,
# its batches against the arrays it was given, and MNISTDataset on a file that is not there
# raising CPython's FileNotFoundError (gzip.open's), which a student's `except OSError` catches.
import numpy as np
import needle as ndl

np.random.seed(0)
X = np.random.randn(5, 3)
y = np.arange(5)
ds = ndl.data.NDArrayDataset(X, y)
batches = list(ndl.data.DataLoader(dataset=ds, batch_size=2, shuffle=False))
print(len(batches), [b[0].shape for b in batches])
np.testing.assert_array_equal(np.concatenate([b[0].numpy() for b in batches]), X)
np.testing.assert_array_equal(np.concatenate([b[1].numpy() for b in batches]), y)
print(len(ndl.data.DataLoader(ds, batch_size=4)), len(ndl.data.DataLoader(ds, 4, shuffle=True)))
print("DataLoader with keywords")

try:
    ndl.data.DataLoader(batch_size=2)
except TypeError as e:
    print("TypeError:", e)

try:
    ndl.data.MNISTDataset("data/train-images-idx3-ubyte.gz", "data/train-labels-idx1-ubyte.gz")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.filename, isinstance(e, OSError))
