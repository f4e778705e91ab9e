import numpy as np
x = np.array([-1., 2., -3.])
print(np.where(x > 0, x, 0))
print(np.where(x > 0))
a, b = np.ones((2, 2)), np.zeros((2, 2))
print(np.concatenate([a, b]))
print(np.concatenate([a, b], axis=1))
print(np.stack([np.arange(3), np.arange(3)]))
print(np.vstack([np.arange(2), np.arange(2)]), np.hstack([np.arange(2), np.arange(3)]))
