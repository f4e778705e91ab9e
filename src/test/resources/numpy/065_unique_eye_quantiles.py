# np.unique's return_index/return_inverse/return_counts, np.eye with M and k, median, percentile
# and quantile (NumPy's 'linear' method), nonzero/argwhere/flatnonzero/where(cond), out= on ufuncs,
# split at unsorted and out-of-range indices, array_split, and the ragged-list message.
import numpy as np

a = np.array([3, 1, 2, 3, 1, 3])
print(np.unique(a, return_counts=True))
print(np.unique(a, return_index=True))
print(np.unique(a, return_inverse=True))
print(np.unique(a, return_index=True, return_inverse=True, return_counts=True))
values, counts = np.unique(np.array([[1., 2.], [2., 0.]]), return_counts=True)
print(values, counts, values[np.argmax(counts)])
print(np.unique([True, False, True]), np.unique(np.array([-0.0, 0.0, 2.5])))
print(np.eye(2, 3, k=1))
print(np.eye(3, k=-1))
print(np.eye(3, 2, 1, dtype=int))
print(np.eye(2, k=5), np.eye(0).shape, np.eye(4, 2, -3))
x = np.array([[3., 1., 4.], [1., 5., 9.]])
print(np.median(x), np.median(x, axis=0), np.median(x, axis=1), np.median([1, 2, 3, 4]), type(np.median([1, 2])))
print(np.percentile(x, 50), np.percentile(x, [25, 75]), np.percentile(x, 90, axis=1), np.quantile(x, 0.3))
print(np.quantile(x, [0.1, 0.9], axis=0))
print(np.percentile(np.arange(10), 33), np.median(np.arange(5)), np.median(x, axis=0, keepdims=True))
print(np.percentile([1, 2, 3], [[10, 20], [30, 40]]), np.quantile(np.arange(7.), 1), np.percentile([5, 1, np.nan], 50))
np.random.seed(0)
print(np.percentile(np.random.rand(101), [0, 12.5, 50, 99.9, 100]))
m = np.array([[0, 1], [2, 0]])
print(np.nonzero(m), m.nonzero(), np.where(np.array([0, 3, 0, 4])))
print(np.argwhere(m), np.argwhere(np.array([0, 3, 0, 4])).shape, np.flatnonzero(m))
rows, cols = np.nonzero(m > 0)
print(rows, cols, m[rows, cols], np.argwhere(np.zeros((2, 2))).shape)
c = np.zeros(3)
r = np.add(np.ones(3), 2, out=c)
print(c, r is c)
np.multiply(c, c, out=c)
np.exp(np.zeros(3), out=c)
print(c, np.maximum(np.arange(3), 1, out=np.zeros(3)), np.sqrt(np.array([4., 9.]), out=np.empty(2)))
i = np.zeros(3, dtype=int)
np.add(np.arange(3), 1, out=i)
print(i)
print(np.split(np.arange(6), [4, 2]))
print(np.split(np.arange(6), [2, 10]), np.split(np.arange(6), [-1]), np.split(np.arange(6), np.array([1, 3])))
print(np.array_split(np.arange(7), 3), np.array_split(np.arange(8).reshape(4, 2), 3, axis=0)[2])
for bad in ([[1], [1, 2]], [[[1, 2], [3]], [[1, 2], [3, 4]]], [1, [2, 3]], [[1, 2], 3]):
    try:
        np.array(bad)
    except ValueError as e:
        print("ValueError:", e)
for f in (lambda: np.percentile(x, 150), lambda: np.quantile(x, -0.1), lambda: np.split(np.arange(6), 4),
          lambda: np.array_split(np.arange(6), 0), lambda: np.add(np.ones(3), 1, out=np.zeros(2))):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
np.add(np.ones(2), 0.5, out=np.zeros(2, dtype=int))
