import numpy as np
x = np.arange(24).reshape(2, 3, 4)
print(x)
print(repr(x))
print(repr(x * 0.5))
