# An ndarray's and a NumPy scalar's special methods called by name, as needle's NDArray backends
# and course code call them (U1, session 16); each is the operator or built-in it stands for.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
s = a.sum()
print(a.__str__())
print(a.__repr__())
print(s.__str__(), s.__repr__(), s.__format__(".2f"), np.int64(3).__str__(), np.float32(1.5).__repr__(), np.int64(7).__format__("03d"))
print(a.__add__(1), a.__radd__(1), a.__sub__(1), a.__rsub__(1), sep="\n")
print(a.__mul__(2), a.__truediv__(2), a.__rtruediv__(2), a.__floordiv__(2), a.__mod__(3), a.__pow__(2), a.__rpow__(2), sep="\n")
print(a.__matmul__(a), a.__neg__(), a.__abs__(), a.__pos__(), sep="\n")
print(a.__lt__(2.5), a.__eq__(a), a.__ne__(1), a.__ge__(3), sep="\n")
print(a.__len__(), a.__getitem__(0), a.__getitem__((1, 1)), a.__contains__(3.0), a.__contains__(9), [r.sum() for r in a.__iter__()])
b = a.copy()
b.__setitem__((0, 0), 10)
b.__iadd__(1)
b.__imul__(2)
print(b)
i = np.arange(6)
print(i.__and__(3), i.__or__(8), i.__lshift__(1), i.__rshift__(1), i.__invert__(), sep="\n")
print(a.__array__() is a, a.__array__(np.float32).dtype, np.ones(3).__bool__ if False else np.ones(1).__bool__())
print(s.__add__(1), s.__mul__(2.5), s.__neg__(), s.__abs__(), s.__lt__(11), s.__hash__() == hash(10.0), s.__float__() if hasattr(s, "__float__") else None)
print(type(s.__add__(1)).__name__, type(np.int64(3).__mul__(2)).__name__, np.int64(3).__mul__(2))
try:
    np.ones(2).__hash__()
except TypeError as e:
    print("TypeError:", e)
print(hasattr(np.float64(2), "__len__"), hasattr(np.float64(2), "__iter__"), hasattr(np.float64(2), "__mul__"), np.ones(2).__hash__ is None)
