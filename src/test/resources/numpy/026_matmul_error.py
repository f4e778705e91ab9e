import numpy as np
A = np.ones((2, 3))
B = np.ones((2, 3))
A @ B
