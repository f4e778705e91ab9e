import numpy as np
x = np.array([0.1, 0.2, 0.7], dtype=np.float32)
s = x.sum()
print(s, repr(s), type(s), s.dtype)
print(x[0], x.mean(), x.max(), np.float32(0.1))
print(s * 2, s + 1, s > 0.5, float(s))
print(f"{s:.3f} {x[1]}", "%.2f" % s, round(s, 3))
print(np.float64(0.1) + np.float32(0.2), np.array([1.5], dtype=np.float32)[0] * 2.0)
print([x[0], x[1]], (x.min(), x.argmax()))
print(type(s) == np.float32, isinstance(s, np.float32), np.float32, np.int64(7), x.astype(np.float64).dtype)
try:
    len(s)
except TypeError as e:
    print(e)
