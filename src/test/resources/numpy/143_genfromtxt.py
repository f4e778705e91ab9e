# np.genfromtxt (U25): missing values as nan, filling_values, skip_header, usecols, dtype=None
import os
import numpy as np

here = os.path.join(os.path.dirname(__file__), "files")


def path(name):
    return os.path.join(here, name)


m = np.genfromtxt(path("missing.csv"), delimiter=",", skip_header=1)
print(m)
print(np.isnan(m).sum(), np.nanmean(m, axis=0))
print(np.genfromtxt(path("missing.csv"), delimiter=",", skip_header=1, filling_values=-1))
print(np.genfromtxt(path("missing.csv"), delimiter=",", skip_header=1, filling_values=0, dtype=int))
print(np.genfromtxt(path("missing.csv"), delimiter=",", skip_header=1, usecols=(0, 2)))
d = np.genfromtxt(path("data.csv"), delimiter=",", skip_header=1)
print(d.shape, d.dtype, d[-1])
print(np.genfromtxt(path("data.csv"), delimiter=",", skip_header=1, max_rows=2))
print(np.genfromtxt(path("data.csv"), delimiter=",", skip_header=2, skip_footer=36))
print(np.genfromtxt(path("data.csv"), delimiter=",", skip_header=1, usecols=-1, dtype=None)[:6])
print(np.genfromtxt(path("spaces.txt")))
print(np.genfromtxt(path("spaces.txt"), dtype=None).dtype)
print(np.genfromtxt(path("one_column.txt")))
print(np.genfromtxt(path("words.csv"), delimiter=","))
print(np.genfromtxt(["1, 2", "3,  4 "], delimiter=","))
print(np.genfromtxt(path("percent.txt"), delimiter=";", comments="%"))
a, b, c = np.genfromtxt(path("missing.csv"), delimiter=",", skip_header=1, unpack=True)
print(a, b, c)
print(np.genfromtxt(path("data.csv"), delimiter=",", skip_header=1, dtype=np.float32)[0])
for bad in [lambda: np.genfromtxt("no_such_file.csv"),
            lambda: np.genfromtxt(path("ragged.csv"), delimiter=",")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
