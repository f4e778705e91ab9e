# Finding #31: np.dot / a.dot of two vectors is a NumPy scalar (not a 0-d array), as are the other
# whole-array reductions; and np.quantile/np.percentile of float32 values are float64, interpolated
# from neighbour differences rounded to float32, as NumPy 1.24's _lerp computes them.
import numpy as np

a = np.array([1., 2., 3.])
b = np.array([4., 5., 6.])
i = np.array([1, 2, 3])
f = np.array([1, 2, 3], dtype=np.float32)
for name, v in [("np.dot", np.dot(a, b)), ("a.dot", a.dot(b)), ("int dot", np.dot(i, i)), ("float32 dot", np.dot(f, f)),
                ("matmul", np.matmul(a, b)), ("@", a @ b), ("int @", i @ i), ("norm", np.linalg.norm(f)),
                ("sum", np.sum(i)), ("var", f.var()), ("einsum", np.einsum('i,i->', a, b))]:
    print(name, repr(v), type(v).__name__, v, f"{v:.3f}", v.ndim, v.shape)
d = np.dot(a, b)
print(d + 1, type(d + 1).__name__, d * a, [d], {"k": d}, d == 32.0, float(d), d.item())
print(repr(np.dot(np.ones((2, 3)), a)), repr(np.dot(2, a)), repr(np.dot(2.0, 3)))

x = np.array([1, 2.7, 3.1, 4.3, 1e-3], dtype=np.float32)
k = np.array([5, 2, 9, 4, 1, 8])
m = np.array([[1, 2.7, 3.1], [4.3, 1e-3, 7.25]], dtype=np.float32)
for v in [np.percentile(x, 50), np.percentile(x, 33), np.quantile(x, 0.3), np.quantile(x, [0.3, 0.5]), np.median(x),
          np.percentile(x, [10, 90]), np.quantile(x, 0.3, axis=0), np.percentile(k, 33), np.median(k),
          np.quantile(x, np.float32(0.3)), np.quantile(k, 1), np.quantile(k, 0), np.quantile(x, 1), np.quantile(k, [0, 1]),
          np.percentile(m, 37, axis=0), np.percentile(m, 37, axis=1), np.quantile(m, [0.1, 0.77], axis=1), np.median(m, axis=1),
          np.percentile(x, np.float32(37)), np.quantile(k, 0.77), np.percentile(k, [23, 61.5]),
          np.quantile(m, 0.9, axis=1, keepdims=True), np.median(x, axis=0), np.percentile(x, np.array([37, 12.5], np.float32)),
          np.quantile(x, np.array([0.37, 0.125], np.float32)), np.median(m, axis=(0, 1))]:
    print(repr(v), type(v).__name__, v.dtype)
