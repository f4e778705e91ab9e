# decimal's signed zeros (Decimal('-0') and the signs arithmetic gives zeros) and its signals
# as CPython raises them: Overflow past Emax, InvalidOperation, DivisionByZero, in their class tree.
import decimal
from decimal import Decimal, getcontext, ROUND_FLOOR

print(Decimal('-0'), repr(Decimal('-0')), Decimal('-0.00'), -Decimal('0'), Decimal('0') * -1, Decimal('-0') + Decimal('0'), Decimal('-0') - Decimal('0'))
print(Decimal('-0') == 0, Decimal(-0.0), Decimal('-0').is_signed(), Decimal('-0').as_tuple(), abs(Decimal('-0')), Decimal('-1.5') + Decimal('1.5'), round(Decimal('-0.4')))
print(Decimal('-0.4').quantize(Decimal('1')), float(Decimal('-0')), str(Decimal('-0E+3')), Decimal('-0') / 5, Decimal('0') / -5, Decimal(-0.0) * 1, -Decimal('-0'))
print(Decimal('0E-5'), Decimal('-0E-8'), Decimal('0').copy_negate(), Decimal('-0').normalize(), Decimal('-0.000').normalize(), hash(Decimal('-0')) == hash(0))
print(f"{Decimal('-0'):.2f}", f"{Decimal('-0.001'):.2f}", format(Decimal('-0'), 'f'), Decimal('-0').sqrt(), Decimal('-0') // 1, Decimal('-0') % 1, Decimal('-0') ** 2)
print(Decimal('-5') % 5, Decimal('-0') ** 3, Decimal('-2') ** 3, Decimal('0') ** 5, Decimal((1, (0,), -2)), Decimal('-0').copy_abs(), Decimal('3').copy_negate())
print(Decimal('-0.00').as_tuple(), Decimal('-0.4').to_integral_value(), round(Decimal('-0.004'), 2), Decimal('-0') < 0, Decimal('-0') <= 0, sorted([Decimal('-0'), Decimal('0')]))
print(bool(Decimal('-0')), int(Decimal('-0')), Decimal('1e999999') * 9, {Decimal('-0'): 'zero'}[0])

print(issubclass(decimal.Overflow, ArithmeticError), issubclass(decimal.DivisionByZero, ZeroDivisionError), decimal.Underflow.__mro__[1:4], decimal.DecimalException.__bases__)
print(decimal.Overflow.__mro__, decimal.DivisionUndefined.__bases__, issubclass(decimal.FloatOperation, TypeError))
for f in [lambda: Decimal('1e999999') * Decimal('1e999999'), lambda: Decimal(0) / 0, lambda: Decimal(1) / 0, lambda: Decimal('-1').sqrt(), lambda: Decimal('abc'),
          lambda: Decimal(10) ** 1000000, lambda: Decimal(1).quantize(Decimal('1e-30')), lambda: -Decimal('9.99e999999') * 2, lambda: Decimal('5e999999') + Decimal('5e999999')]:
    try:
        print(repr(f()))
    except decimal.DecimalException as e:
        print(type(e).__name__, repr(e), e.args, [t.__name__ for t in type(e).__mro__])
try:
    Decimal('9e999999') * 10
except decimal.Inexact as e:
    print('Inexact', type(e).__name__, e, e.args)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e).__name__, e)
getcontext().rounding = ROUND_FLOOR
print(Decimal('1.5') - Decimal('1.5'), -Decimal('0'), +Decimal('-0'), Decimal('-0') + Decimal('0'), Decimal('2') - 2)
