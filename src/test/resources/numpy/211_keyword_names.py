# NumPy 1.24's parameter names as keywords (tester finding Z36; the tester's sweep /tmp/tz/np4.py). Recorded from NumPy 1.24.

import numpy as np
x = np.arange(6.).reshape(2, 3)
calls = {
 "sum": lambda: np.sum(a=x, axis=0),
 "mean": lambda: np.mean(x, axis=1, keepdims=True),
 "normal": lambda: np.random.normal(loc=0.0, scale=1.0, size=(2,)).shape,
 "zeros": lambda: np.zeros(shape=(2,), dtype=np.float32),
 "arange": lambda: np.arange(start=0, stop=5, step=2),
 "reshape": lambda: np.reshape(a=x, newshape=(3, 2)).shape,
 "clip": lambda: np.clip(a=x, a_min=1, a_max=3),
 "linspace": lambda: np.linspace(start=0, stop=1, num=3),
 "choice": lambda: np.random.choice(a=3, size=2, replace=False).shape,
 "argmax": lambda: np.argmax(a=x, axis=1),
 "concatenate": lambda: np.concatenate(arrays=(x, x), axis=0).shape if False else np.concatenate((x, x), axis=0).shape,
 "dot": lambda: np.dot(a=x, b=x.T),
 "where": lambda: np.where(x > 2, x, 0),
 "maximum": lambda: np.maximum(x, 2, out=None),
 "exp": lambda: np.exp(x, out=np.empty_like(x)).sum(),
 "transpose": lambda: np.transpose(a=x, axes=(1, 0)).shape,
 "expand_dims": lambda: np.expand_dims(a=x, axis=0).shape,
 "random_randint": lambda: np.random.randint(low=0, high=3, size=4).shape,
 "uniform": lambda: np.random.uniform(low=-1, high=1, size=(2, 2)).shape,
 "full": lambda: np.full(shape=(2,), fill_value=7),
 "eye": lambda: np.eye(N=2, M=3, k=1),
 "tile": lambda: np.tile(A=np.array([1, 2]), reps=2),
 "repeat": lambda: np.repeat(a=np.array([1, 2]), repeats=2),
 "pad": lambda: np.pad(array=np.array([1, 2]), pad_width=1, mode="constant", constant_values=0),
 "astype": lambda: x.astype(dtype=np.int32, copy=True).dtype,
 "x.sum": lambda: x.sum(axis=0, keepdims=True),
 "x.reshape": lambda: x.reshape((3, 2), order="F"),
 "std": lambda: np.std(x, ddof=1),
 "sort": lambda: np.sort(a=x, axis=0, kind="stable"),
 "einsum": lambda: np.einsum("ij->j", x, optimize=True),
 "split": lambda: [a.shape for a in np.split(ary=x, indices_or_sections=3, axis=1)],
 "stack": lambda: np.stack(arrays=[x, x], axis=2).shape,
 "allclose": lambda: np.allclose(a=x, b=x, rtol=1e-5, atol=1e-8),
 "savez": lambda: np.round(a=x / 3, decimals=2),
 "cumsum": lambda: np.cumsum(a=x, axis=1),
 "random_rand": lambda: np.random.rand(2, 3).shape,
 "histogram": lambda: np.histogram(np.array([1, 2, 2, 3]), bins=3),
 "unique": lambda: np.unique(ar=np.array([2, 1, 2]), return_index=True, return_inverse=True),
 "outer": lambda: np.outer(a=[1, 2], b=[3, 4]),
 "matmul": lambda: np.matmul(x, x.T, dtype=np.float64),
 "argsort": lambda: np.argsort(a=np.array([3, 1, 2]), kind="stable"),
 "isclose": lambda: np.isclose(a=1.0, b=1.0 + 1e-9),
 "percentile": lambda: np.percentile(a=x, q=50, axis=0),
 "diag": lambda: np.diag(v=np.array([1, 2]), k=0),
 "tri": lambda: np.triu(m=np.ones((3, 3)), k=1),
 "ravel_idx": lambda: np.unravel_index(indices=5, shape=(2, 3)),
 "swapaxes": lambda: np.swapaxes(a=x, axis1=0, axis2=1).shape,
}
for k, f in calls.items():
    try:
        print(k, f())
    except Exception as e:
        print(k, "ERR", type(e).__name__, e)
