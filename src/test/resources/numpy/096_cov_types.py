# np.cov/np.corrcoef compute in float64 (result_type(m, float64)) and np.cov of one variable is a 0-d array,
# as NumPy 1.24's (session 12's review: float32 input gave float32, and 1-D input a bare scalar).
import numpy as np
f = np.array([1.5, 2, 3.25, 7], dtype=np.float32)
print(repr(np.cov([1, 2, 3, 4])), repr(np.cov(f)), np.cov(f).dtype, repr(np.corrcoef(f, f[::-1])), type(np.cov([1, 2, 3, 4])))
print(repr(np.corrcoef([1, 2, 5])), repr(np.cov([[1, 2, 3], [2, 7, 1]])), repr(np.cov(f, bias=True)), repr(np.cov([1., 2, 4], ddof=0)))
