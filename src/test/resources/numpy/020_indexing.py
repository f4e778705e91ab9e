import numpy as np
a = np.arange(12).reshape(3, 4)
print(a[0], a[1, 2], a[-1])
print(a[:, 1])
print(a[1:, ::2])
print(a[..., 0])
print(a[None].shape, a[:, None, :].shape)
print(a[[0, 2]])
print(a[a > 5])
