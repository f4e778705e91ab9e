# Finding #25: NumPy's RuntimeWarnings (divide by zero, invalid value, overflow encountered in ...), once per line, np.seterr/np.errstate.
import warnings
import numpy as np

def show(record):
    for w in record:
        print(w.category.__name__, w.lineno, w.message)
    print("--")

a = np.array([1.0, 0.0, -1.0])
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("default")
    b = a / 0
    c = np.log(a)
    d = np.exp(np.array([1000.0]))
    e = np.float64(1.0) / 0
    f = np.sqrt(-1.0)
    g = np.array([1e308]) * 10
    h = np.array([1, 2]) // 0
    i = np.array([1, 2]) % 0
    j = np.array([0.0]) ** -1
    k = np.float32(3e38) * np.float32(10)
    l = np.arctanh(np.array([1.0]))
    m = np.array([np.inf]) - np.inf
    n = np.reciprocal(np.array([0.0]))
    o = np.float64(0.0) / np.float64(0.0)
    p = np.log(0)
    for r in range(3):
        s = np.array([1.0]) / 0
    x = 1.0 / np.array([0.0, 1.0])
    y = np.divide(1.0, 0.0)
    z = np.array([2.0]) % 0.0
    aa = np.array([2.0]) // 0.0
    bb = np.fmod(np.array([2.0]), 0.0)
    cc = np.power(np.array([10.0]), 400)
    dd = np.exp2(np.array([2000.0]))
    ee = np.arccos(np.array([2.0]))
    ff = np.array([3.0, -1.0]) ** 0.5
    gg = np.array([1e200]) ** 2
    hh = np.array([np.nan]) / 0.0 + 1
    ii = np.array([4.0])
    ii /= 0
    jj = np.exp(np.array([-1000.0]))
show(record)
print(b, c, e, h, i, j, s, ii)

with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("default")
    with np.errstate(divide='ignore'):
        t = np.log(0.0)
        u = np.log(-1.0)
    old = np.seterr(all='raise')
    print(old)
    try:
        v = np.array([1.0]) / 0
    except FloatingPointError as err:
        print("FloatingPointError:", err)
    try:
        v = np.sqrt(np.array([-2.0]))
    except FloatingPointError as err:
        print("FloatingPointError:", err)
    print(np.seterr(**old))
    print(np.geterr())
    with np.errstate(all='ignore'):
        w = np.array([0.0]) / 0
    with np.errstate(over='raise'):
        try:
            np.exp(np.array([800.0]))
        except FloatingPointError as err:
            print("FloatingPointError:", err)
    print(np.geterr())
show(record)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        np.log(np.array([0.0]))
    except RuntimeWarning as err:
        print("RuntimeWarning:", err)
try:
    np.seterr(divide='loud')
except ValueError as err:
    print("ValueError:", err)
