import numpy as np
a = np.zeros((2, 3))
a[0, 1] = 5
a[1] = [1, 2, 3]
a[:, 2] = -1
print(a)
b = np.arange(6)
b[b % 2 == 0] = 0
print(b)
b[1] = 2.7
print(b)
