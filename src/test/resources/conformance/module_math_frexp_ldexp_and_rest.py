# math's functions CPython 3.11 has that programs use for floating point: frexp/ldexp (a float's
# mantissa and exponent), modf, remainder, nextafter, ulp, cbrt, exp2, dist; and dir(math) whole.
import math
for x in [0.0, -0.0, 1.0, -1.5, 8.0, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, -3.75e-320, float("inf"), float("-inf")]:
    m, e = math.frexp(x)
    print(repr(x), repr(m), e, math.ldexp(m, e) == x)
print(math.frexp(7), math.frexp(-1))
m, e = math.frexp(float("nan"))
print(math.isnan(m), e)
print(math.ldexp(1, 1023), math.ldexp(0.5, -1073), math.ldexp(1.0, -1075), math.ldexp(0.75, -1074), math.ldexp(3, 10**20 * 0), math.ldexp(1.0, -10**30))
for bad in [lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1.0, 2.0), lambda: math.frexp("1")]:
    try:
        print(bad())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.ldexp(float("inf"), 5), math.ldexp(-0.0, 3))
for x in [3.5, -3.5, 2.0, -0.0, 0.25, float("inf"), float("-inf"), 1e20]:
    print(x, math.modf(x))
print(math.modf(float("nan")))
for x, y in [(5, 3), (-5, 3), (5.5, 2), (7, 2), (6, 4), (-6, 4), (1e300, 3.3), (float("inf"), 1) if False else (3, float("inf"))]:
    print(x, y, math.remainder(x, y))
for x, y in [(5, 0), (float("inf"), 2)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print("ValueError", e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(3.0, 3.0))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-2.5), math.ulp(float("inf")), math.ulp(1e-310))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.cbrt(0.001))
print(math.exp2(10), math.exp2(-1), math.exp2(0.5), math.exp2(1023))
try:
    math.exp2(1024)
except OverflowError as e:
    print("OverflowError", e)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)), math.dist((), ()))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
print([n for n in dir(math) if not n.startswith("_")])
