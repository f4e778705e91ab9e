import numpy as np
def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
z = np.array([[1., 2., 3.], [1., 1., 1.]])
p = softmax(z)
print(p)
y = np.array([2, 0])
loss = -np.mean(np.log(p[np.arange(2), y]))
print(loss)
print(np.allclose(p.sum(axis=1), 1))
