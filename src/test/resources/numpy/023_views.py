import numpy as np
m = np.array([[1, 2], [3, 4]])
r = m[0]
r[1] = 99
print(m)
c = m.copy()
c[0, 0] = -1
print(m[0, 0], c[0, 0])
t = m.T
t[0, 1] = 7
print(m)
