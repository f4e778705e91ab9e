# np.percentile / np.quantile method= 'lower', 'higher', 'nearest', 'midpoint' (and 'linear'), interpolation= (deprecated alias)
import warnings
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = np.array([[10, 7, 4], [3, 2, 1]])
v = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
for method in ("linear", "lower", "higher", "nearest", "midpoint"):
    print(method, repr(np.percentile(x, 50, method=method)), np.percentile(x, [25, 50, 75], axis=0, method=method),
          np.quantile(v, [0.1, 0.3, 0.5, 0.7, 0.9, 1.0], method=method), np.quantile(x, 0.4, axis=1, keepdims=True, method=method))
print(np.percentile(np.array([1.5, np.nan, 2.0]), 50, method="lower"), np.quantile(np.arange(5, dtype=np.uint8), 0.5, method="higher").dtype)
print(np.quantile(np.arange(4.0), 0.5, method="nearest"), np.quantile(np.arange(6.0), [0.5, 0.1], method="nearest"), np.quantile(np.arange(2.0), 0.5, method="nearest"))
print(np.percentile(np.arange(10, dtype=np.float32), 33, method="midpoint"), np.percentile(np.arange(10, dtype=np.float32), 33, method="lower").dtype)
attempt(lambda: np.percentile(x, 50, method="middle"))
for method in ("hazen", "weibull", "median_unbiased", "normal_unbiased", "interpolated_inverted_cdf"):
    print(method, np.quantile(v, [0.0, 0.1, 0.3, 0.5, 0.77, 1.0], method=method).tolist(), np.percentile(x, 40, axis=0, method=method).tolist())
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    print(np.percentile(x, 50, interpolation="lower"), [(w.category.__name__, str(w.message)) for w in record])
attempt(lambda: np.percentile(x, 50, method="lower", interpolation="lower"))
