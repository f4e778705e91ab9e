import numpy as np
try:
    np.zeros((3, 1)) * np.zeros((2, 4))
except ValueError as e:
    print("caught:", e)
print("done")
