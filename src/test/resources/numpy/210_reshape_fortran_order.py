# reshape(order="F") fills and reads with the first index fastest (tester finding Z35); recorded from NumPy 1.24.
import numpy as np
x = np.arange(6).reshape(2, 3)
print(x.reshape((3, 2), order="F"))
print(np.reshape(x, (3, 2), order="F"))
print(np.reshape(x, (3, 2), "F"))
print(np.arange(6).reshape(2, 3, order="F"))
print(np.arange(24).reshape(2, 3, 4).reshape(4, -1, order="F"))
print(x.T.reshape(6, order="F"), x.reshape(-1, order="C"), x.reshape(3, 2, order=None))
print(np.arange(12.).reshape((3, 4), order="f"))
for bad in ["K", "Q"]:
    try:
        x.reshape(6, order=bad)
    except ValueError as e:
        print("ValueError", e)
