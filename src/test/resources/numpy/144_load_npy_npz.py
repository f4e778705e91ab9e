# np.load of .npy files (each type adjoint keeps, Fortran order, 0-d, empty, big-endian) and .npz
# archives (savez and savez_compressed: NpzFile's files, [name], keys(), items(), with), np.fromfile (U25)
import os
import numpy as np

here = os.path.join(os.path.dirname(__file__), "files")


def path(name):
    return os.path.join(here, name)


for name in ["f8", "f4", "i8", "i4", "u1", "b1", "fortran", "scalar", "empty"]:
    a = np.load(path(name + ".npy"))
    print(name, a.dtype, a.shape, repr(a))
a = np.load(path("f8.npy"))
a[0, 0] = 10
print(a.sum(), a.flags.writeable)
print(np.load(path("fortran.npy"))[1], np.load(path("fortran.npy")).T[1])
with open(path("i4.npy"), "rb") as f:
    print(np.load(f).sum())
d = np.load(path("arrays.npz"))
print(d.files, sorted(d.keys()))
print(d["x"], d["y"], d["label"])
print("x" in d, "z" in d, len(d))
for k, v in d.items():
    print(k, v.dtype, v.shape)
for k in d:
    print(k)
d.close()
with np.load(path("compressed.npz")) as z:
    print(z.files)
    print(z["arr_0"], z["arr_1"], z["arr_1"].dtype)
data = dict(np.load(path("arrays.npz")))
print(sorted(data), data["y"].sum())
try:
    np.load(path("arrays.npz"))["z"]
except KeyError as e:
    print("KeyError:", e)
print(np.fromfile(path("raw_f8.bin")))
print(np.fromfile(path("raw_u1.bin"), dtype=np.uint8))
print(np.fromfile(path("raw_i4.bin"), dtype=np.int32), np.fromfile(path("raw_i4.bin"), dtype="<i4", count=2))
print(np.fromfile(path("raw_f8.bin"), dtype=np.float64, count=2, offset=8))
print(np.fromfile(path("raw_u1.bin"), dtype=np.uint8, count=-1).reshape(2, 2))
for bad in [lambda: np.load("no_such_file.npy"),
            lambda: np.load(path("objects.npy")),
            lambda: np.load(path("truncated.npy")),
            lambda: np.load(path("not_npy.npy")),
            lambda: np.fromfile("no_such_file.bin")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
