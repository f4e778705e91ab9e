# np.random.randint with a dtype draws as NumPy's legacy generator does for that type (8- and
# 16-bit values cut from one 32-bit draw, bool one bit at a time), so a seed gives NumPy's numbers.
import numpy as np

np.random.seed(0)
print(repr(np.random.randint(0, 10, size=5, dtype=np.uint8)))
print(repr(np.random.randint(0, 10, size=5, dtype=np.int32)))
print(repr(np.random.randint(0, 10, size=5)))
print(repr(np.random.randint(0, 10, size=5, dtype=np.int64)))
print(repr(np.random.randint(0, 300, size=5, dtype=np.int16)))
print(repr(np.random.randint(-100, 100, size=(2, 4), dtype=np.int8)), repr(np.random.randint(256, size=7, dtype='u1')))
print(repr(np.random.randint(0, 60000, size=3, dtype=np.uint16)), repr(np.random.randint(5, 6, size=3, dtype=np.uint8)), repr(np.random.randint(2, size=9, dtype=bool)))
v = np.random.randint(0, 10, dtype=np.uint8)
w = np.random.randint(0, 10)
print(v, type(v), w, type(w), repr(np.random.randint(0, 10, dtype=np.int64)), np.random.rand())
labels = np.random.randint(0, 10, size=12).astype(np.uint8)
pixels = np.random.randint(0, 256, size=(2, 6), dtype=np.uint8)
print(labels, pixels, pixels.astype(np.float32) / 255)
for bad in [lambda: np.random.randint(0, 300, dtype=np.uint8), lambda: np.random.randint(-1, 5, dtype=np.uint8),
            lambda: np.random.randint(0, 1.5, dtype=np.float64), lambda: np.random.randint(3, 3, dtype=np.int8)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
