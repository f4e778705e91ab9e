# NumPy's scalars (what a.sum(), a.mean(), a[0], np.argmax give) have the methods and attributes
# of a 0-d array and print, format, convert and index as Python numbers.
import numpy as np

a = np.array([1.5, 2.25, 3.0, 4.125])
i = np.arange(6)
b = a > 2
for v in (a.sum(), a.mean(), i.sum(), i.max(), b.all(), b.any(), a[0], i[2], b[1], np.argmax(a), np.float64(2.5), np.int64(7), np.bool_(True)):
    print(repr(v), str(v), type(v), v.dtype, v.shape, v.ndim, v.size, v.itemsize)
print(a.mean().round(2), a.mean().round(), type(a.mean().round(2)))
print(a.sum().item(), type(a.sum().item()), i.sum().item(), type(i.sum().item()), b.all().item(), type(b.all().item()))
print(a.max().astype(int), type(a.max().astype(int)), i.sum().astype(np.float32), type(i.sum().astype(np.float32)))
print(np.float64(3.0).is_integer(), a.mean().is_integer(), a.mean().as_integer_ratio(), a.sum().hex())
print(float(a.mean()), int(a.mean()), int(i.sum()), float(i.sum()), bool(b.any()), int(b.all()))
print(f"{a.mean():.3f} {i.sum():5d} {a.sum()} {b.any()} {a.std():.2e} {i.mean()!r}")
print("%.2f %d %s %r" % (a.mean(), i.sum(), a.sum(), i.max()))
print(isinstance(a.mean(), float), isinstance(i.sum(), int), isinstance(i.sum(), np.int64), isinstance(a.mean(), np.float64), isinstance(b.all(), bool))
print([10, 20, 30, 40][np.argmax(a)], list(range(i.max())), "abcdef"[i[1]:i[4]], [0, 1, 2][-i[1]])
m = a.mean()
print(m * 2, type(m * 2), m + i.sum(), type(m + i.sum()), -m, abs(-m), m ** 2, type(m > 2), m > 2, m == 2.71875)
print(round(m, 2), type(round(m, 2)), round(m), type(round(m)), max(a.max(), 3), min(i.min(), -1))
print({m: "mean"}[2.71875], sum([a.sum(), i.sum()]), sorted([a.max(), a.min(), m]))
print(np.exp(np.array(1.0)), type(np.exp(np.array(1.0))), type(np.exp(1.0)), np.sqrt(i.sum()), type(np.sqrt(i.sum())))
z = np.array(2.567)
print(repr(z.round(2)), repr(z.sum()), repr(z + 1), repr(-z), repr(z.astype(int)), repr(z.T), type(z[()]))
s = np.float64(2.5)
print(s.T, s.real, s.imag, type(s.imag), s.tolist(), type(s.tolist()), s.sum(), s.reshape(1), s.nbytes, a.nbytes)
print(np.float64(1.0) / 0, np.int64(5) // 2, np.int64(5) / 2, type(np.int64(5) / 2), np.float32(0.1) + 0.2, type(np.float32(0.1) * 2))
print(type(a.mean()).__name__, type(i.sum()).__name__, type(b.all()).__name__, a.mean().__class__)
print(np.float64(1.5) + np.float32(1.5), type(np.float64(1.5) + np.float32(1.5)), type(np.ones(2, np.float32) * np.float64(2)))
