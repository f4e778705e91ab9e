# Review leftovers of session 12: np.fmod of integers, float_power of float32, nanstd/nanvar/nanmean
# of float32, np.round of float32 and with negative decimals, logspace/geomspace with dtype=.
import warnings
import numpy as np

def show(record):
    for w in record:
        print(w.category.__name__, w.lineno, w.message)
    print("--")

with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    a = np.array([7, -7, 5, 0, -9])
    b = np.array([3, 3, 0, 2, -4])
    print(repr(np.fmod(a, b)))
    print(repr(np.fmod(np.array([7, 250], dtype=np.uint8), np.array([3, 0], dtype=np.uint8))))
    print(repr(np.fmod(np.array([-128, 100], dtype=np.int8), np.array([-1, 7], dtype=np.int8))))
    print(repr(np.fmod(np.array([7, -7]), 2.5)))
    print(repr(np.fmod(np.array([True, False]), np.array([True, True]))))
    r = np.fmod(7, -3)
    print(repr(r), type(r).__name__)
    print(repr(np.fmod(np.array([7, -7], dtype=np.int16), 3)))
    print(repr(np.fmod(np.array([5.5, -5.5, 1.0]), np.array([2.0, 2.0, 0.0]))))
show(record)

print(repr(np.float_power(np.float32(2), np.float32(0.5))))
print(repr(np.float_power(np.array([2, 3], dtype=np.float32), 2)))
print(repr(np.float_power(np.array([2, 3]), -1)))
print(np.float_power(np.array([1.5], dtype=np.float32), np.array([3], dtype=np.float32)).dtype)

x = np.array([1, 2, np.nan, 4, 0.1, 7.3], dtype=np.float32)
print(repr(np.nanstd(x)), repr(np.nanvar(x)), repr(np.nanmean(x)))
m = x.reshape(2, 3)
print(repr(np.nanstd(m, axis=0)), repr(np.nanvar(m, axis=1)), repr(np.nanmean(m, axis=1)))
print(repr(np.nanvar(m, axis=1, keepdims=True)), repr(np.nanstd(x, ddof=1)))
print(repr(np.nanstd(np.array([1.5, np.nan, 2.25]))), repr(np.nanvar(np.array([[1.0, np.nan], [3.0, 4.0]]), axis=0)))
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    print(repr(np.nanmean(np.array([np.nan, np.nan], dtype=np.float32))))
    print(repr(np.nanvar(np.array([np.nan, np.nan]))))
    print(repr(np.nanvar(np.array([1.0, 2.0, np.nan]), ddof=2)))
    print(repr(np.nanmean(np.array([[1, np.nan], [np.nan, np.nan]]), axis=0)))
show(record)

f = np.array([1.23456, 2.5551, 0.125, 1.005, -2.675, 1e-8, 123456.7], dtype=np.float32)
print(repr(np.around(f, 2)), repr(np.round(f, 1)), repr(f.round(3)), repr(np.round(f, -2)))
print(repr(np.round(np.float32(2.675), 2)), repr(round(np.float32(0.285), 2)), repr(np.round(np.float32(1.23456789), 12)))
print(repr(np.round(np.array([1234.5678, 150.0, 250.0, 0.285, -1350.0]), -2)), repr(np.round(0.285, 2)))
print(repr(np.round(np.array([1234, -1250, 1350]), -2)), repr(np.round(np.array([12, -125, -121], dtype=np.int8), -1)))
print(repr(np.round(np.array([1234, 5]), 2)), repr(np.round(15.0, -1)), repr(np.round(25.0, -1)))
print(repr(np.round(np.array([0.5, 1.5, 2.5, -0.5]))), repr(np.round(np.float64(1.0049999999999999), 3)))
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    print(repr(np.array([3e38], dtype=np.float32).round(2)))
show(record)
try:
    np.array([True]).round(1)
except Exception as e:
    print(type(e).__name__, e)

print(repr(np.logspace(0, 2, 3, dtype=np.float32)), repr(np.logspace(0, 2, 3, dtype=int)))
print(repr(np.logspace(0, 1, 4, dtype=np.float32)), repr(np.logspace(0, 1, 4, dtype=int)), repr(np.logspace(1, 3, 3, base=2, dtype=np.int8)))
print(repr(np.geomspace(1, 1000, 4, dtype=np.float32)), repr(np.geomspace(1, 1000, 4, dtype=int)))
print(repr(np.geomspace(1, 256, 5, dtype=np.float32)), repr(np.geomspace(-1, -100, 3, dtype=np.float32)), repr(np.geomspace(2, 30, 5, dtype=int)))
