# Decimal.quantize to an exponent past Emax or below Etiny is InvalidOperation; copy_abs and copy_negate are quiet (no context, no Overflow).
from decimal import Decimal, getcontext


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Decimal(1).quantize(Decimal('1e1000000')))
t(lambda: Decimal(1).quantize(Decimal('1e999999')))
t(lambda: Decimal(0).quantize(Decimal('1e1000000')))
t(lambda: Decimal(1).quantize(Decimal('1e-1000000')))
t(lambda: Decimal(0).quantize(Decimal('1e-1000026')))
t(lambda: Decimal(0).quantize(Decimal('1e-1000027')))
t(lambda: Decimal('1e999999').quantize(Decimal('1e999999')))
t(lambda: round(Decimal(1), -1000000))
t(lambda: round(Decimal(1), -999999))
t(lambda: Decimal('1e1000000').copy_negate())
t(lambda: Decimal('-1e1000000').copy_abs())
t(lambda: Decimal('1e-1000000').copy_abs())
t(lambda: Decimal('1.23456789012345678901234567890').copy_negate())
t(lambda: Decimal('-0').copy_abs())
t(lambda: Decimal('0').copy_negate())
