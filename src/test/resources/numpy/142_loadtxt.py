# np.loadtxt as course notebooks read their CSV data (U25): delimiter, skiprows, usecols, dtype,
# comments, unpack, ndmin, max_rows, converters; the files are in files/ (scripts/fixtures/numpy_files.py)
import os
import numpy as np

here = os.path.join(os.path.dirname(__file__), "files")


def path(name):
    return os.path.join(here, name)


data = np.loadtxt(path("data.csv"), delimiter=",", skiprows=1)
print(data.shape, data.dtype)
print(data[:3])
X, y = data[:, :2], data[:, 2].astype(int)
print(X.mean(axis=0), y.sum())
print(np.loadtxt(path("data.csv"), delimiter=",", skiprows=1, usecols=(0, 2), max_rows=4))
print(np.loadtxt(path("data.csv"), delimiter=",", skiprows=1, usecols=2, dtype=int)[:10])
x1, x2, lab = np.loadtxt(path("data.csv"), delimiter=",", skiprows=1, unpack=True)
print(x1[:2], x2[:2], lab[:2])
print(np.loadtxt(path("data.csv"), delimiter=",", skiprows=1, usecols=[-1], max_rows=3))
print(np.loadtxt(path("spaces.txt")))
print(np.loadtxt(path("spaces.txt"), dtype=np.int64, usecols=(1,)))
print(np.loadtxt(path("spaces.txt"), dtype="float32").dtype)
print(np.loadtxt(path("percent.txt"), delimiter=";", comments="%"))
print(np.loadtxt(path("percent.txt"), delimiter=";", comments=["%", "#"], skiprows=0))
print(repr(np.loadtxt(path("one_column.txt"))))
print(repr(np.loadtxt(path("one_column.txt"), ndmin=2).shape))
print(repr(np.loadtxt(path("one_row.txt"))), np.loadtxt(path("one_row.txt"), ndmin=2).shape)
print(np.loadtxt(path("one_row.txt"), ndmin=1, dtype=int))
print(np.loadtxt(path("words.csv"), delimiter=",", converters={1: lambda s: len(s)}))
print(np.loadtxt(path("data.csv"), delimiter=",", skiprows=1, converters=float, max_rows=1))
print(np.loadtxt(["1 2", "3 4"]))
print(np.loadtxt(["1,2", "# skip", "3,4"], delimiter=",", dtype=int))
with open(path("spaces.txt")) as f:
    print(np.loadtxt(f).sum())
print(np.loadtxt(path("data.csv"), delimiter=",", skiprows=1, dtype=np.float32)[0])
print(np.loadtxt(path("spaces.txt"), dtype=bool)[0], np.loadtxt(["1.5 -2.5"], dtype=int), np.loadtxt(["1 inf nan -2e3 +.5"]))
print(repr(np.loadtxt([])), repr(np.loadtxt(["# only a comment"])), repr(np.loadtxt(["5"])), np.loadtxt(["1 2", "3 4"], unpack=True))
for bad in [lambda: np.loadtxt("no_such_file.csv"),
            lambda: np.loadtxt(path("ragged.csv"), delimiter=","),
            lambda: np.loadtxt(path("words.csv"), delimiter=","),
            lambda: np.loadtxt(path("data.csv"), delimiter=","),
            lambda: np.loadtxt(path("spaces.txt"), usecols=(5,)),
            lambda: np.loadtxt(path("spaces.txt"), dtype=int, delimiter=","),
            lambda: np.loadtxt(path("one_row.txt"), ndmin=3),
            lambda: np.loadtxt(["1;2"], delimiter=";", converters={5: float}),
            lambda: np.loadtxt(["1", "2 3"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
