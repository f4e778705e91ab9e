# np.linalg.det, inv and solve of float32 matrices: computed in float64 (NumPy's _commonType), the
# result cast back to float32; solve's type from both operands
import numpy as np

a = np.array([[2.0, 1.0], [1.0, 3.0]])
a32 = a.astype(np.float32)
b = np.array([1.0, 2.0])
for m in (a32, a, np.array([[2, 1], [1, 3]])):
    d, i = np.linalg.det(m), np.linalg.inv(m)
    print(repr(d), type(d).__name__, i, i.dtype)
for x, y in ((a32, b.astype(np.float32)), (a32, b), (a, b.astype(np.float32)), (a32, np.array([1, 2]))):
    r = np.linalg.solve(x, y)
    print(r, r.dtype)
print(np.linalg.solve(a32, np.eye(2, dtype=np.float32)).dtype, np.linalg.det(np.eye(3, dtype=np.float32) * 0.1))

# warnings named as NumPy names them (review R11): np.power is never the operator's reciprocal/sqrt fast path
import warnings
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    z = np.array([0.0])
    print(np.float_power(0, -1), np.power(z, -1.0), z ** -1.0, np.power(z, -2.0), np.float_power(z, -1.0), np.float_power(-1.0, 0.5),
          np.float_power(1e300, 2), np.power(np.array([-1.0]), 0.5), np.array([-1.0]) ** 0.5)
    print([str(w.message) for w in record])
