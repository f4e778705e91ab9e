import numpy as np
print(repr(np.array([np.nan, 1.5, -np.inf])))
print(np.array([np.inf, np.nan]))
print(repr(np.array([np.nan])))
print(np.isnan(np.array([1., np.nan])))
