import numpy as np
print(repr(np.arange(30) * 1.1))
print(np.arange(30) * 1.1)
print(repr(np.arange(40)))
print(np.arange(40))
