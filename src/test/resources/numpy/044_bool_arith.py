import numpy as np
b = np.array([True, False])
print(b + b, b * 2, b + 1.5)
b - b
