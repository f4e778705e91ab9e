# Top-level numbers (tracked inputs in adjoint) in float arithmetic: every result is Python's,
# on both sides of the cases where adjoint takes its short way (float results of + - * /) and
# where it does not (ints only, big ints, bools, **, zero divisors).
x = 0.5
a = 0.9
n = 3
m = 2
z = 0
fz = 0.0
big = 2**53
bigger = 2**53 + 1
huge = 10**400
neg = -0.0

for v in (x * a, x + a, x - a, x / a, a * n, n * a, n / m, n * m, n - m, n + m, m / n, x ** 2, n ** 2):
    print(repr(v), type(v).__name__)

print(repr(big + x), repr(x + big), repr(bigger + x), repr(bigger * 1.0), repr(x * bigger))
print(repr(-big - x), repr(x - -bigger))
print(repr(neg * x), repr(x * neg), repr(neg + neg), repr(neg - 0.0), repr(0.0 - neg))
print(repr(1e308 * x * 10), repr(-1e308 * 10 - x), repr(x / 1e-320))
inf = float("inf")
print(repr(inf - inf + x), repr(x * inf), repr(inf / inf))
print(repr(True + x), repr(x * False), repr(x / True))

y = x
for i in range(20):
    y = y * a + x / (i + 1) - 0.25 * y
print(repr(y), type(y).__name__)

for f in (lambda: x / z, lambda: x / fz, lambda: n / z, lambda: x / 0, lambda: x / 0.0, lambda: huge * x,
          lambda: x + huge, lambda: x * "s", lambda: x + [1]):
    try:
        print(repr(f()))
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

c = x * a
print(c == 0.45, c < 1, round(c, 3), int(c * 10), c // 0.1, c % 0.1, hash(x * 2) == hash(1.0), {x * 2: "one"}[1])
print(f"{c:.3f}", str(c), [c, x + 0.25])
