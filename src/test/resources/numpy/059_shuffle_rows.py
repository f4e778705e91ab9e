import numpy as np
np.random.seed(7)
a = np.arange(12).reshape(4, 3)
np.random.shuffle(a)
print(a)
print(np.random.permutation(np.array([10., 20., 30., 40.])))
idx = np.random.permutation(5)
print(idx, np.arange(5)[idx].sum())
xs = [1, 2, 3, 4]
np.random.shuffle(xs)
print(xs)
