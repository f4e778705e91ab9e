# ndarray methods and functions from the NumPy quickstart's hasattr list: a.sort() in place, take, trace, choose, compress, conj; np.compress, ascontiguousarray, left_shift/right_shift (and << >>), linalg.matrix_power
import numpy as np
a = np.array([[3, 1, 2], [9, 7, 8]])
print(a.sort(), a)
a.sort(axis=0)
print(a)
b = np.array([3., 1, 2])
print(b.sort(kind='stable'), b, np.sort(np.array([2, 1, 3]), kind='mergesort'))
try:
    b.sort(axis=None)
except TypeError as e:
    print('TypeError', e)
print(repr(np.arange(6).reshape(2, 3).take([0, 2])), repr(np.arange(6).reshape(2, 3).take([0, 2], axis=1)), np.arange(9).reshape(3, 3).trace(), np.arange(9.).reshape(3, 3).trace(1))
print(repr(np.array([0, 1]).choose([[1, 2], [3, 4]])))
print(repr(np.compress([0, 1], np.array([[1, 2], [3, 4]]), axis=0)), repr(np.array([1, 2, 3]).compress([True, False, True])), repr(np.compress([False, True], [5, 6, 7])))
try:
    np.compress([0, 1, 1, 1], [1, 2, 3])
except IndexError as e:
    print('IndexError', e)
print(repr(np.array([1., 2]).conj()), repr(np.array([1, 2]).conjugate()))
c = np.arange(3)
print(np.ascontiguousarray(c) is c, repr(np.ascontiguousarray(5)), repr(np.ascontiguousarray(c, dtype=float)), repr(np.ascontiguousarray([[1, 2]])))
print(repr(np.left_shift(5, [1, 2])), repr(np.right_shift(np.array([8, 9, -9]), 1)), repr(np.array([1, 2], dtype=np.uint8) << 7), repr(np.array([1, 2]) << 70), repr(np.array([-8]) >> 70))
try:
    np.left_shift(np.array([1.5]), 1)
except TypeError as e:
    print('TypeError', e)
m = np.array([[1., 2], [3, 4]]) / 3
for n in [0, 1, 2, 3, 5, 6, 13, -1, -3]:
    print(n, repr(np.linalg.matrix_power(m, n)))
print(repr(np.linalg.matrix_power(np.array([[1, 2], [3, 4]]), 0)), repr(np.linalg.matrix_power(np.array([[1, 2], [3, 4]]), 5)), np.linalg.matrix_power(m, 1) is m)
for bad in [lambda: np.linalg.matrix_power(np.ones(3), 2), lambda: np.linalg.matrix_power(np.ones((2, 3)), 2), lambda: np.linalg.matrix_power(m, 1.5)]:
    try:
        bad()
    except (TypeError, np.linalg.LinAlgError) as e:
        print(type(e).__name__, e)
