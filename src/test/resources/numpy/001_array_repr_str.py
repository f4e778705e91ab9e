import numpy as np
a = np.array([1., 2., 3.])
print(a)
print(repr(a))
print(np.array([1.5, 2.25, -3.0]))
print(repr(np.array([0.1, 0.2, 0.30000000000000004])))
print(np.array([1/3, 1.5]))
print(repr(np.array(5.)), np.array(5.))
