import numpy as np
a = np.array([7, -7, 8])
print(a // 2, a % 3, a / 2)
print(np.array([7.5, -7.5]) // 2, np.array([7.5, -7.5]) % 2)
print(repr(a * 2), repr(a * 2.0))
