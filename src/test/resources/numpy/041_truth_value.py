import numpy as np
print(bool(np.array([1])), bool(np.array([0.])))
if np.array([1, 2]):
    print("never")
