import numpy as np
print(repr(np.array([1e-5, 1.])))
print(repr(np.array([1.5e-5, 1])))
print(np.array([1e10, 1.]))
print(repr(np.array([123456789., 2.])))
print(repr(np.array([0.0001, 0.5])))
print(repr(np.array([1e-300, 1e300])))
