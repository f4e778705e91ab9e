# np.nanmedian, nanpercentile, nanquantile (NaN left out; an all-NaN slice is nan with NumPy's warning),
# np.gradient (spacings, coordinates, axis=, edge_order=; float32 in float32)
import warnings
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = np.array([[10.0, np.nan, 4.0], [3.0, 2.0, 1.0]])
print(np.nanmedian(x), np.nanmedian(x, axis=0), np.nanmedian(x, axis=1, keepdims=True), np.nanpercentile(x, 50), np.nanquantile(x, [0.25, 0.75], axis=1))
print(np.nanpercentile(x, 30, axis=0, method="lower"), np.nanmedian(np.array([1, 2, 3, 4])), np.nanquantile(np.array([np.nan, 1.0, 2.0], dtype=np.float32), 0.5))
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    print(np.nanmedian(np.array([[np.nan, 1.0], [np.nan, 2.0]]), axis=0), np.nanpercentile(np.array([np.nan]), 50))
    print([(w.category.__name__, str(w.message)) for w in record])
f = np.array([1.0, 2.0, 4.0, 7.0, 11.0, 16.0])
print(np.gradient(f), np.gradient(f, 2.0), np.gradient(f, edge_order=2), np.gradient(f, np.array([0.0, 1.0, 1.5, 3.5, 4.0, 6.0])))
g = np.array([[1.0, 2.0, 6.0], [3.0, 4.0, 5.0]])
print(np.gradient(g), np.gradient(g, axis=1), np.gradient(g, 2.0, 0.5), np.gradient(np.array([1, 4, 9, 16])))
attempt(lambda: np.gradient(np.array([1.0])))
attempt(lambda: np.gradient(np.array([1.0, 2.0]), edge_order=2))
print(np.gradient(f.astype(np.float32)), np.gradient(f.astype(np.float32), edge_order=2), np.gradient(f.astype(np.float32), np.array([0.0, 1.0, 1.5, 3.5, 4.0, 6.0])))
print(np.gradient(f, np.array([0.0, 1.0, 1.5, 3.5, 4.0, 6.0]), edge_order=2).tolist(), np.gradient(f, np.arange(0.0, 3.0, 0.5)).tolist(), np.gradient(f / 3, 0.1).tolist())
attempt(lambda: np.gradient(f, 1.0, 2.0))
attempt(lambda: np.gradient(f, np.arange(3.0)))
attempt(lambda: np.gradient(f, edge_order=3))
