# T24: np.exp and np.log of float32 as NumPy's vector loops compute them (not the float64 value rounded), scalars too
import numpy as np

np.random.seed(0)
X = (np.random.randn(200) * 5).astype(np.float32)
E = np.exp(X)
print(E[:8], E.dtype)
print(repr(E.tolist()[:12]))
print(repr(float(E.sum())), repr([float(np.exp(np.float32(v))) for v in [0.1, -2.5, 10.0, 33.3, -87.0, -95.5]]))
Z = np.random.randn(5, 3).astype(np.float32)
S = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
print(S)
print(np.exp(np.array([88.72283935546875, 88.7, -103.97208404541015625, -103.9, np.inf, -np.inf, 0.0], dtype=np.float32)))
print(np.exp(np.arange(-3, 4, dtype=np.int16)).dtype, np.exp(np.arange(-3, 4, dtype=np.int16)).tolist())
L = np.log(np.abs(X) + np.float32(1e-3))
print(L[:8], repr(L.tolist()[:10]), repr(float(L.sum())))
print(np.log(np.array([0, 1e-42, 1e-38, 0.5, 1, 2, 3e38, np.inf, -1, np.nan], dtype=np.float32)), repr(float(np.log(np.float32(0.3)))))
loss = -np.log(S[np.arange(5), [0, 2, 1, 1, 0]]).mean()
print(loss, loss.dtype)
