# numbers (needle's ops.py: isinstance(other, Number) tells scalars from tensors), and globals()
# inside an imported module (its own namespace, in its functions too), vars(module), module.__dict__.
import decimal
import fractions
import numbers
import os
import sys
from numbers import Number

print(isinstance(3, Number), isinstance(2.5, Number), isinstance("x", Number), isinstance(True, Number), isinstance(None, Number))
values = [1, True, 2.5, fractions.Fraction(1, 2), decimal.Decimal('1'), 'x', None, [1]]
for abc in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(abc.__name__, [isinstance(v, abc) for v in values], issubclass(int, abc), issubclass(float, abc), issubclass(str, abc))
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Real, numbers.Rational), numbers.Real.__mro__[1].__name__)


class Money(numbers.Real):
    pass


print(issubclass(Money, numbers.Number), issubclass(Money, numbers.Integral))

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'modules'))
import pyfix_globals_mod as gm

print(gm.G, gm.f(), gm.NAME, gm.lookup('X'), gm.lookup('C').__name__)
print(vars(gm).keys() >= {'X', 'f', 'G'}, gm.__dict__['X'], vars(gm) == gm.__dict__)
gm.__dict__['Y'] = 7
print(gm.Y, 'Y' in gm.f())
top = sorted(k for k in globals() if not k.startswith('__'))
print(top, globals()['__name__'])

# a 0-byte .gz file reads as no data, as does gzip.decompress(b'')
import gzip

with gzip.open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'empty.gz'), 'rb') as f:
    print(f.read(), gzip.decompress(b''))
