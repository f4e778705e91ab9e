# np.vectorize, np.apply_along_axis, np.broadcast_arrays, np.row_stack, np.dstack, np.correlate
import numpy as np
def f(a, b):
    return a - b if a > b else a + b
vf = np.vectorize(f)
print(repr(vf([1, 4, 3], 2)), repr(vf(np.array([[1.5, 4]]), [[2], [1]])))
print(type(vf).__name__, repr(np.vectorize(lambda x: x > 1)([0, 2])), repr(np.vectorize(lambda x: x / 2)([1, 3])))
print(repr(np.vectorize(lambda x: x * 2, otypes=[float])([1, 2])), repr(np.vectorize(lambda x: x * 2.5, otypes='i')([1, 2])))
print(repr(np.vectorize(lambda x: 1)(5)))
calls = []
def g(x):
    calls.append(x)
    return x ** 2
print(repr(np.vectorize(g)(np.arange(3))), calls)
@np.vectorize
def h(x):
    return x + 0.5
print(repr(h(np.arange(3))))
def my_func(a):
    return (a[0] + a[-1]) * 0.5
b = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(repr(np.apply_along_axis(my_func, 0, b)), repr(np.apply_along_axis(my_func, 1, b)))
print(repr(np.apply_along_axis(sorted, 1, np.array([[8, 1, 7], [4, 3, 9]]))))
print(repr(np.apply_along_axis(lambda r: r * 2, 0, b)), repr(np.apply_along_axis(np.sum, -1, b)))
print(repr(np.apply_along_axis(lambda r, k: r[:k], 1, b, 2)), repr(np.apply_along_axis(np.diag, -1, b[:2])))
x, y = np.broadcast_arrays(np.array([[1, 2, 3]]), np.array([[4], [5]]))
print(repr(x), repr(y), type(np.broadcast_arrays(1, [1, 2])).__name__, np.broadcast_arrays(1, [1, 2]))
try:
    np.broadcast_arrays([1, 2], [1, 2, 3])
except ValueError as e:
    print('ValueError', e)
print(repr(np.row_stack([[1, 2], [3, 4]])), repr(np.row_stack(([1, 2], [3, 4]))))
print(repr(np.dstack(([1, 2, 3], [2, 3, 4]))), np.dstack((np.ones((2, 2)), np.zeros((2, 2)))).shape, repr(np.dstack(([[1], [2]], [[3], [4]]))))
for a, v in [([1, 2, 3], [0, 1, 0.5]), ([1, 2, 3, 4], [0, 1, 0.5, 2, 3]), ([1, 2, 3, 4, 5], [1, 2]), ([1, 2], [1, 2, 3, 4])]:
    print([np.correlate(a, v, m) for m in ['valid', 'same', 'full']], np.correlate(a, v))
