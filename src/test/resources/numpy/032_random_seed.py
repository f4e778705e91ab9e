import numpy as np
np.random.seed(0)
print(np.random.randn(3))
print(np.random.rand(2, 2))
np.random.seed(42)
print(np.random.randn(2, 3))
print(np.random.uniform(-1, 1, size=3))
print(np.random.normal(0, 0.1, size=(2,)))
