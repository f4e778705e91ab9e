# decimal as the Python tutorial's 11.8 "Decimal Floating-Point Arithmetic" uses it (finding #111)
from decimal import *
import decimal

print(repr(round(Decimal('0.70') * Decimal('1.05'), 2)), round(.70 * 1.05, 2))
print(repr(Decimal('1.00') % Decimal('.10')), 1.00 % 0.10)
print(sum([Decimal('0.1')] * 10) == Decimal('1.0'), 0.1 + 0.1 + 0.1 == 0.3)
print(repr(Decimal(1) / Decimal(7)))
getcontext().prec = 36
print(repr(Decimal(1) / Decimal(7)))
getcontext().prec = 28
print(getcontext().prec, getcontext().rounding, getcontext().Emax, getcontext().capitals)
a, b = Decimal('3.14159'), Decimal('-2.5')
print(a + b, a - b, a * b, a / b, a // b, a % b, b // Decimal('0.7'), b % Decimal('0.7'), -a, +b, abs(b), b ** 2, Decimal(2) ** -2, Decimal('1.1') ** 3)
print(a + 1, 1 + a, 2 * b, 10 / Decimal(4), 7 // Decimal(2), -7 // Decimal(2), Decimal(-7) % 2, Decimal('7.50') % 2, Decimal(7) % Decimal('0.5'))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.2'), Decimal('12.0') / Decimal('3'), Decimal('1E+3'), Decimal('0.000001'), Decimal('0.0000001'), Decimal('123E-10'))
print(Decimal(1.1), Decimal(0.5), Decimal(10), Decimal('  1_000.5 '), Decimal((0, (1, 4, 1, 4), -3)), Decimal((1, (2, 5), 0)), Decimal(Decimal('9.99')))
print(a == Decimal('3.141590'), Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(1) == 1, a > 3, b < -2.49, a >= a, sorted([a, b, Decimal(0), 1]))
print(Decimal('0.5') in {0.5}, {1: 'one'}[Decimal('1.000')], hash(Decimal('1.0')) == hash(1), hash(Decimal('0.5')) == hash(0.5), {Decimal('2.00'): 'x'}[Decimal(2)], float(a), int(b), bool(Decimal('0.00')))
print(round(a), round(a, 3), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-0.5') + 1, 1), round(Decimal('1234.5678'), -2))
print(a.quantize(Decimal('0.01')), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.665').quantize(Decimal('0.01')), Decimal('2.5').to_integral_value(), Decimal('3.5').to_integral_value(rounding=ROUND_FLOOR))
print(Decimal('100.00').normalize(), Decimal('0.00').normalize(), Decimal('1.200').normalize(), Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('2.25').sqrt(), Decimal('1E+2').sqrt())
print(a.as_tuple(), b.as_integer_ratio(), a.adjusted(), Decimal('0.001').adjusted(), a.is_zero(), b.is_signed(), f'{a:.2f}', f'{Decimal("1234567.891"):,.2f}', f'{a}', format(b, '.3f'))
getcontext().rounding = ROUND_UP
print(Decimal(1) / Decimal(3), getcontext().rounding)
getcontext().rounding = ROUND_HALF_EVEN
getcontext().prec = 5
print(Decimal(1) / Decimal(3), Decimal('123456789') + 0, Decimal('1.23456789') * 1, +Decimal('9.999999'))
getcontext().prec = 28
print(ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_CEILING, issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
for bad in [lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal('abc'), lambda: Decimal('1.5.2'),
            lambda: Decimal([1]), lambda: Decimal(1) // 0, lambda: Decimal(5) % 0, lambda: Decimal('1E+30').quantize(Decimal('0.01'))]:
    try:
        print(bad())
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    getcontext().prec = 0
except ValueError as e:
    print('ValueError', e)
