import numpy as np
print(np.arange(5))
print(np.arange(1, 10, 2))
print(np.arange(0., 1., 0.25))
print(np.linspace(0, 1, 5))
print(repr(np.linspace(-1, 1, 7)))
print(np.eye(3))
print(np.identity(2, dtype=np.float32))
