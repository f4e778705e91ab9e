# #67: the attributes and special methods of numbers, on the lecture's input numbers too
# (a number bound by a top-level statement is tracked by adjoint; Python sees a plain int or float).
x = 2
f = 2.5
b = True
print(hasattr(x, "real"), hasattr(x, "bit_length"), hasattr(f, "is_integer"), hasattr(x, "is_integer"), hasattr(x, "foo"))
print(x.real, x.imag, x.conjugate(), x.numerator, x.denominator, x.bit_length(), x.as_integer_ratio())
print(f.real, f.imag, f.conjugate(), f.is_integer(), f.as_integer_ratio(), f.hex(), getattr(f, "real"))
print(x.__add__(3), x.__radd__(3), x.__sub__(5), x.__rsub__(5), x.__mul__(4), x.__truediv__(4), x.__floordiv__(-3), x.__mod__(-3))
print(x.__pow__(10), x.__pow__(-1), x.__rpow__(3), x.__divmod__(3), x.__rdivmod__(7))
print(x.__add__(2.5), x.__eq__(2.0), x.__lt__("a"), f.__add__(x), f.__radd__(1), f.__eq__(2.5), f.__mul__(x), f.__and__ if hasattr(f, "__and__") else "no __and__")
print(x.__and__(3), x.__or__(4), x.__xor__(3), x.__rxor__(7), x.__lshift__(3), x.__rshift__(1), x.__invert__(), b.__and__(False), b.__xor__(True))
print(x.__neg__(), x.__pos__(), x.__abs__(), (-x).__abs__(), x.__bool__(), (0).__bool__(), x.__int__(), x.__float__(), x.__index__())
print(f.__neg__(), f.__abs__(), f.__int__(), (-2.5).__int__(), f.__floor__(), f.__ceil__(), (-2.5).__floor__(), f.__trunc__(), f.__round__(), (3.5).__round__())
print(f.__round__(1), (1234).__round__(-2), (1250).__round__(-2), x.__round__(), (0.125).__round__(2))
print(x.__hash__() == hash(2), f.__hash__() == hash(2.5), x.__eq__(2), x.__ne__(3), x.__ge__(2), f.__gt__(x))
print(int.__add__(x, 1), float.__mul__(f, 2), int.__mul__(True, 5), (5).__truediv__(2), (7).__floordiv__(2))
try:
    x.__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    f.__int__() if False else float("inf").__int__()
except OverflowError as e:
    print("OverflowError", e)
print([m for m in dir(x) if m in ("__add__", "__float__", "__index__", "real", "bit_length")])
print([m for m in dir(f) if m in ("__add__", "__float__", "__index__", "real", "is_integer")])
