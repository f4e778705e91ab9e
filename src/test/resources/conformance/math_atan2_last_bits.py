# math.atan2 to the last bit (CPython calls the C library's, glibc's, which rounds correctly in all but about one
# input in a few thousand; Java's StrictMath.atan2 differs from it in one in six): 1200 pairs over the four quadrants,
# near the axes and the diagonals, large and tiny, then C's special values.
import math

def inputs(n, lo, hi, step):
    x, out = 0.0, []
    for i in range(n):
        x = (x + step) % 1.0
        out.append(lo + (hi - lo) * x)
    return out

for (lo, hi, s1), (lo2, hi2, s2) in [((-1, 1, 0.6180339887498949), (-1, 1, 0.4142135623730951)),
                                      ((-1e6, 1e6, 0.7320508075688772), (-3, 3, 0.2360679774997897)),
                                      ((-1e-200, 1e-200, 0.6180339887498949), (1e-5, 1e300, 0.4142135623730951))]:
    ys, xs = inputs(300, lo, hi, s1), inputs(300, lo2, hi2, s2)
    values = [math.atan2(y, x) for y, x in zip(ys, xs)]
    for i in range(0, len(values), 10):
        print(" ".join(repr(v) for v in values[i:i + 10]))
diagonal = [math.atan2(x * (1 + 1e-7 * k), x) for k, x in zip(range(-150, 150), inputs(300, -50, 50, 0.7071067811865476))]
for i in range(0, len(diagonal), 10):
    print(" ".join(repr(v) for v in diagonal[i:i + 10]))
special = [0.0, -0.0, 1.0, -1.0, float("inf"), float("-inf"), 5e-324]
print([math.atan2(y, x) for y in special for x in special])
print(math.isnan(math.atan2(float("nan"), 1.0)), math.atan2(1, 2), math.atan2(True, -3))
