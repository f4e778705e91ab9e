import numpy as np
logits = np.array([[0.1, 2.0, 0.3], [1.5, 0.2, 0.1]])
print(np.argmax(logits, axis=1))
print(logits.argmax(axis=0))
print(np.argmax(logits))
y = np.array([1, 0])
print((np.argmax(logits, axis=1) == y).mean())
