import numpy as np
print(repr(np.arange(2000.)))
print(np.arange(5000))
print(np.arange(3000).reshape(100, 30))
