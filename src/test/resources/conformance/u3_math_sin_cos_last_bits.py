# math.sin and math.cos to the last bit (CPython calls the C library's, glibc's, where Java's own
# differ for ~0.4% of arguments): 1200 inputs each, over the ranges programs use (angles of a circle,
# |x| < 10, tiny, near multiples of pi/2, large), and random.gauss, whose Box-Muller calls cos, sin and log.
import math
import random

def inputs(n, lo, hi, step):
    x, out = 0.0, []
    for i in range(n):
        x = (x + step) % 1.0
        out.append(lo + (hi - lo) * x)
    return out

ranges = [(0, 2 * math.pi, 0.6180339887498949), (-10, 10, 0.4142135623730951), (-1e-3, 1e-3, 0.7320508075688772), (-1e9, 1e9, 0.2360679774997897)]
for lo, hi, step in ranges:
    for f in (math.sin, math.cos):
        values = [f(x) for x in inputs(150, lo, hi, step)]
        for i in range(0, len(values), 10):
            print(" ".join(repr(v) for v in values[i:i + 10]))
near = [k * math.pi / 2 for k in range(-40, 41)] + [k * math.pi / 2 for k in (10 ** 5, 10 ** 7, 12345678)]
print(" ".join(repr(math.sin(x)) + "," + repr(math.cos(x)) for x in near))
print(repr(math.sin(1e22)), repr(math.cos(1e22)), repr(math.sin(1.7976931348623157e308)), repr(math.cos(5e-324)))
print(repr(math.sin(0.1)), repr(math.cos(0.855469)), repr(math.sin(2.426265)), repr(math.cos(-105414350.5)))
random.seed(7)
print(" ".join(repr(random.gauss(0, 1)) for _ in range(200)))
for bad in [lambda: math.sin(float("inf")), lambda: math.cos(float("-inf"))]:
    try:
        print(bad())
    except ValueError as e:
        print(type(e).__name__, e)
print(math.sin(float("nan")), math.sin(-0.0), math.cos(-0.0))
