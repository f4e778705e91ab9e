# NumPy quickstart names: np.fromfunction, np.indices, np.hsplit, np.vsplit
import numpy as np
def f(x, y):
    return 10 * x + y
b = np.fromfunction(f, (5, 4), dtype=int)
print(b)
print(np.fromfunction(lambda i, j: i == j, (3, 3)))
print(repr(np.fromfunction(lambda i: i * 0.5, (3,))))
print(np.indices((2, 3)))
print(repr(np.indices((2,), dtype=float)))
a = np.floor(10 * np.arange(24).reshape(2, 12) / 7)
print(np.hsplit(a, 3))
print(np.hsplit(a, (3, 4)))
print(np.hsplit(np.arange(6), 3))
print(np.vsplit(np.arange(12).reshape(4, 3), 2))
for call in [lambda: np.vsplit(np.arange(6), 2), lambda: np.hsplit(np.array(5), 1), lambda: np.hsplit(np.arange(6), 4)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
