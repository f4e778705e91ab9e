import numpy as np
a = np.ones(2)
print(a.dtype, repr(a.dtype), a.dtype == np.float64, a.dtype == "float64", a.dtype == np.float32)
print(np.float32, type(a), a.dtype.name)
print(np.arange(3).dtype, np.array([True]).dtype, a.astype(int), a.astype(np.float32).dtype)
print(a.shape, a.ndim, a.size, np.array([[1, 2]]).shape)
