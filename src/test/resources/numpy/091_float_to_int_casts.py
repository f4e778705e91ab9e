# Review: float to integer casts as NumPy 1.24 does them on x86-64: int8/int16/int32/uint8/uint16 go through a C
# int (a value beyond it, NaN or an infinity is INT_MIN, whose low bits are 0), int64 through a C long; such a
# value is "invalid value encountered in cast" from astype, logspace and geomspace. (uint32/uint64, which NumPy
# converts by vector code with other limits, are left out.)
import warnings
import numpy as np

vals = np.array([1e10, -1e10, np.nan, np.inf, 3e9, -3e9, 300.7, -300.7, 70000.5, 1e19, -1e19, 5e18, -2147483648.9, 2147483647.9])
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = vals.astype(t)
    print(t.__name__, r.tolist(), [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(np.array([1.5, -2.5]).astype(np.int32), np.array([1e10], dtype=np.float32).astype(np.int16))
    print(np.logspace(0, 10, 3, dtype=np.int32), np.geomspace(1, 1e12, 3, dtype=np.int32), np.logspace(0, 3, 4, dtype=np.int32))
print([str(x.message) for x in w])
