# math as CPython 3.11 computes it: gamma/lgamma by CPython's own Lanczos code, hypot/dist by its
# vector_norm, sinh/cosh/log10/log1p/expm1/asinh/acosh/atanh as glibc's, and the nan/inf special
# cases of math_1, math.pow, math.fmod, math.log and float ** float.
import math
import random

random.seed(2024)
values = [random.choice([random.uniform(-3, 3), random.uniform(-200, 200), random.uniform(0, 1), 10 ** random.uniform(-10, 10),
                         -(10 ** random.uniform(-10, 3))]) for _ in range(150)]
values += [0.5, 1.5, 2.5, 23.0, 24.0, 170.5, 171.7, 180.0, 200.0, 200.5, -200.5, -171.39235113981567, 1e-21, -1e-21, 140.5, 139.9,
           496.72317684958807, 6024.05898692607, 1e300, 5e-324, -0.5, -1.5, -2.5, 4.999, 5.0001]
for name in ['gamma', 'lgamma', 'sinh', 'cosh', 'log10', 'log1p', 'expm1', 'asinh', 'acosh', 'atanh', 'exp', 'log', 'erf', 'erfc']:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

for _ in range(100):
    a, b, c = random.uniform(-10, 10), random.uniform(-5, 5), 10 ** random.uniform(-300, 300)
    print(math.hypot(a, b), math.hypot(a, b, c), math.dist([a, b], [b, a]), math.dist((a, b, c), (c, a, b)), math.hypot(a * 1e-310, b * 1e-310))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(float('nan'), float('inf')), math.hypot(1e308, 1e308 / 3))

nan, inf = float('nan'), float('inf')
specials = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 2.0, -2.5, 0.5, 1e308, 3.0, -3.0]
for name in ['sqrt', 'log', 'log10', 'log1p', 'asin', 'acos', 'acosh', 'atanh', 'gamma', 'lgamma', 'exp', 'sinh', 'cosh', 'sin', 'tan', 'degrees']:
    out = []
    for v in specials:
        try:
            out.append(repr(getattr(math, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(name, out)
for name in ['pow', 'fmod', 'remainder', 'log']:
    out = []
    for x in specials:
        for y in specials:
            try:
                out.append(repr(getattr(math, name)(x, y)))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
for x in specials:
    for y in specials:
        try:
            r = repr(x ** y)
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            r = type(e).__name__ + ': ' + str(e)
        if x >= 0 or math.isnan(y) or math.isinf(y) or math.isinf(x) or y == math.floor(y):
            print(x, '**', y, r)
for n in [10 ** 30, 2 ** 1023, 2 ** 1024, 3 ** 2000, 10 ** 400 + 1]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 7))
for call in [lambda: math.log(0), lambda: math.log(-(10 ** 400)), lambda: math.log(nan, 1.0), lambda: math.log(10, 1),
             lambda: math.gamma(0), lambda: math.gamma(-3.0), lambda: math.gamma(171.7), lambda: math.lgamma(-2.0)]:
    try:
        print(call())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
