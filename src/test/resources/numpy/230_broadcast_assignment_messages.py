# NumPy's words for values that do not fit where an assignment puts them: shapes without spaces, a fancy
# index's own 'shape mismatch' (tester Z53). Recorded from NumPy 1.24.
import numpy as np
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = np.zeros((3, 3))
def s1(): a[:] = np.ones((2, 3))
def s2(): a[0] = np.ones(2)
def s3(): a[[0, 1]] = np.ones((3, 3))
def s4(): b = np.zeros(4); b[:] = np.ones(3)
def s5(): b = np.zeros((2, 1, 3)); b[...] = np.ones((4, 3))
t(s1); t(s2); t(s3); t(s4); t(s5)
t(lambda: np.apply_along_axis(lambda r: r[:r[0].astype(int) + 1], 1, np.array([[0., 1], [1, 2]])))
