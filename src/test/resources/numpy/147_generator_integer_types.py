# Generator.integers of every integer dtype (U19): Lemire's rejection on 32-bit words, on halves and
# quarters of one for 16- and 8-bit types, one bit at a time for bool; bounds messages; np.load(mmap_mode='r')
import os
import numpy as np

for seed in [0, 1, 2024]:
    rng = np.random.default_rng(seed)
    print(rng.integers(0, 256, size=10, dtype=np.uint8), rng.integers(-5, 5, size=6, dtype=np.int32), rng.integers(0, 2, size=40, dtype=bool))
    print(rng.integers(0, 1000, size=4, dtype=np.int16), rng.integers(10, dtype=np.uint64, size=3), rng.integers(0, 2 ** 31, size=3, dtype=np.int32))
    print(rng.integers(0, 256, dtype=np.uint8), rng.integers(-128, 127, size=(2, 3), dtype=np.int8, endpoint=True), rng.integers(0, 2 ** 16, size=5, dtype=np.uint16))
    print(rng.integers(100, 200, size=7, dtype=np.uint8), rng.integers(0, 3, size=9, dtype=np.int8), rng.integers(1, 2, size=3, dtype=bool), rng.integers(7, size=4))
    print(rng.integers(3, 4, size=3, dtype=np.uint16), rng.integers(0, 1, dtype=bool), rng.integers(0, 2, dtype=bool), rng.integers(-2 ** 31, 2 ** 31, size=2, dtype=np.int32))
    print(type(rng.integers(0, 256, dtype=np.uint8)).__name__, rng.integers(0, 10, size=2, dtype=np.uint32).dtype, rng.random())
for bad in [lambda: np.random.default_rng(0).integers(-1, 5, dtype=np.uint8), lambda: np.random.default_rng(0).integers(0, 257, dtype=np.uint8),
            lambda: np.random.default_rng(0).integers(5, 5, dtype=np.int8), lambda: np.random.default_rng(0).integers(0, dtype=np.int8),
            lambda: np.random.default_rng(0).integers(0, 2, dtype=float), lambda: np.random.default_rng(0).integers(0, 128, endpoint=True, dtype=np.int8),
            lambda: np.random.default_rng(0).integers(0, 5, dtype=bool), lambda: np.random.default_rng(0).integers(3, 1, endpoint=True),
            lambda: np.random.default_rng(0).integers(0, -1, endpoint=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = np.load(os.path.join(os.path.dirname(__file__), "files", "f8.npy"), mmap_mode="r")
print(a.sum(), a.flags.writeable)
try:
    a[0, 0] = 1
except ValueError as e:
    print("ValueError:", e)
