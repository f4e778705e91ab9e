import numpy as np
print(np.arange(4) ** 2)
print(np.arange(1., 4.) ** -1)
np.arange(4) ** -1
