import numpy as np
a = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
print(repr(a))
print(a)
