import numpy as np
a = np.arange(5)
try:
    a[7]
except IndexError as e:
    print("IndexError:", e)
try:
    a[1, 2]
except IndexError as e:
    print("IndexError:", e)
a[1.5]
