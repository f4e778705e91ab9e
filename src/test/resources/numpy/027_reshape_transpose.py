import numpy as np
a = np.arange(6)
print(a.reshape(2, 3))
print(a.reshape((3, -1)))
print(a.reshape(2, 3).T)
print(np.transpose(a.reshape(1, 2, 3)).shape)
print(a.reshape(2, 3).transpose(1, 0).shape)
print(a.reshape(1, 6, 1).squeeze().shape, np.expand_dims(a, 0).shape)
print(a.reshape(2, 3).flatten(), a.reshape(3, 2).ravel())
