import numpy as np
x = np.array([[1., 2., 3.], [4., 5., 6.]])
print(x.sum(), np.sum(x))
print(x.sum(axis=0), x.sum(axis=1))
print(x.sum(axis=1, keepdims=True))
print(x.mean(), x.mean(axis=0))
print(x.max(), x.min(axis=1), np.max(x, axis=0))
print(x.prod(), x.std(), x.var(axis=1))
