# float -> uint64 / uint32 casts as NumPy on x86-64: in-range uint64 values from 2^63 up are exact;
# uint32 converts whole blocks of four by vector code (other out-of-range results and warnings)
import warnings
import numpy as np
print(np.array([1e19, 2.0**63, 1.8e19]).astype(np.uint64))
print(np.array([1e19]).astype(np.uint64)[0] == 10**19, np.array([1e19]).astype(np.uint64).tolist())
x = np.array([3e9, -3e9, np.nan, 300.7, -1.5, 40000.5, 2147483647.5, -2147483648.9, 1e19, -1e19])
for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64]:
    print(t.__name__, x.astype(t))
y = np.array([2.0**64, 2.0**64 - 4096, 1.5e19, 2.0**63 - 1024, -0.5, np.inf, -np.inf, 4294967295.9,
              4294967296.0, 1e12, 2.0**63, -2.0**63, 2.0**63 + 4096, -1e12, 5.0, -2.0])
print(y[:13].astype(np.uint64))
print(y.astype(np.uint32))
print(np.array([-3e9, 1e19, 3e9, -1, 5e9, 1e12], np.float32).astype(np.uint32))
for n in [1, 3, 4, 5]:
    print(n, np.full(n, -3e9).astype(np.uint32), np.full(n, 1e12).astype(np.uint32))
warnings.simplefilter('error')
for v in [-1.0, -1e19, 2.0**64, 1.5e19, -2.0**63, 3e9, -3e9, 4294967296.0]:
    for t in [np.uint32, np.uint64]:
        for n in [1, 4]:
            try:
                np.array([v] * n).astype(t)
                print(v, t.__name__, n, 'ok')
            except RuntimeWarning as e:
                print(v, t.__name__, n, e)
