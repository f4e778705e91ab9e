import numpy as np
print(np.array([-1.5, 2., -30.25]))
print(repr(np.array([[-1, 200], [3, -4000]])))
print(np.array([[-0.001, 0.5], [1.25, -2.]]))
print(repr(-np.eye(2)))
print(np.array([100., -0.5]) * 1e6)
