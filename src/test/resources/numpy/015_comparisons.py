import numpy as np
a = np.array([1., 2., 3., 4.])
print(a > 2)
print(a == 2, a != 2)
print((a > 1) & (a < 4))
print((a < 2) | (a > 3))
print(~(a > 2))
print(repr(a >= 3))
