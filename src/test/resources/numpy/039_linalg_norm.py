import numpy as np
print(np.linalg.norm(np.array([3., 4.])))
print(np.linalg.norm(np.array([[1., 2.], [3., 4.]])))
print(np.linalg.norm(np.array([[3., 4.], [6., 8.]]), axis=1))
