import numpy as np
a = np.arange(3)
print(type(a), isinstance(a, np.ndarray), type(a) is np.ndarray)
print(np.sum([1, 2, 3]), np.mean([1.0, 2.0]), np.max([[1, 5], [3, 2]], axis=0))
