import numpy as np
a = np.array([1., 2., 3.])
b = a
a += 1
print(b)
a *= 2
print(a)
i = np.array([1, 2])
i += 3
print(i)
i += 1.5
