# fractions.Fraction as the Python tutorial (15 "Floating Point") and courses use it (finding #111)
from fractions import Fraction
import math

print(Fraction(3, 4) + Fraction(1, 4), Fraction('0.125'), Fraction(1, 3) * 3, Fraction(0.1))
print(repr(Fraction(6, -4)), Fraction(), Fraction(5), Fraction(' -3/7 '), Fraction('1e-3'), Fraction('2.5E2'), Fraction('1_000/3'), Fraction(Fraction(1, 2), 3))
x, y = Fraction(2, 3), Fraction(-5, 4)
print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), x ** 2, x ** -2, y ** -3, -x, +y, abs(y))
print(x + 1, 1 + x, x - 1, 1 - x, 2 * x, x / 2, 2 / x, 7 // x, 7 % x, x ** 0, 2 ** Fraction(3), 4 ** Fraction(1, 2), x ** Fraction(1, 2))
print(x + 0.5, 0.5 + x, x * 1.5, x / 0.25, x ** 0.5, type(x + 0.5).__name__, type(x + 1).__name__)
print(x == Fraction(4, 6), x == 2 / 3, Fraction(1, 2) == 0.5, Fraction(1, 2) == 1, Fraction(2, 1) == 2, x < y, x > 0.6, y <= -1.25, x >= 1, x != y)
print(sorted([Fraction(1, 3), 0.25, 1, Fraction(-1, 2)]), max(Fraction(1, 3), Fraction(2, 7)), sum([Fraction(1, 10)] * 10))
print(x.numerator, x.denominator, y.as_integer_ratio(), float(x), int(y), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(y), round(x, 3), round(Fraction(12345, 1), -2))
print(math.floor(y), math.ceil(y), math.trunc(y), bool(Fraction(0)), bool(x), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1, 3)))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(math.pi).limit_denominator(), Fraction(0.1).limit_denominator(10), Fraction(1, 3).limit_denominator(5))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(1.1), Fraction(-0.75), Fraction(2 ** 70, 3 ** 40))
print({0.5: 'f', 2: 'i'}[Fraction(1, 2)], {Fraction(4, 2): 1}[2], {Fraction(1, 2): 'half'}[Fraction(2, 4)], f'{Fraction(1, 3)}', str(Fraction(4, 2)), [Fraction(1, 2)], Fraction(1, 2) in {0.5})
for bad in [lambda: Fraction(1, 0), lambda: Fraction('1/0'), lambda: Fraction('abc'), lambda: Fraction(1.5, 2), lambda: Fraction(float('nan')),
            lambda: Fraction(float('inf')), lambda: x / 0, lambda: Fraction(0) ** -1, lambda: x.limit_denominator(0), lambda: Fraction([1]), lambda: x + 'a']:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
