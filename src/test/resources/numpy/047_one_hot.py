import numpy as np
y = np.array([0, 2, 1])
I = np.eye(3)[y]
print(I)
Z = np.zeros((3, 3))
Z[np.arange(3), y] = 1
print(Z, np.array_equal(I, Z))
