import numpy as np
np.random.seed(1)
print(np.random.randint(0, 10, size=5))
print(np.random.randint(5, size=(2, 3)))
print(np.random.permutation(6))
x = np.arange(5)
np.random.shuffle(x)
print(x)
print(np.random.choice(10, 3))
