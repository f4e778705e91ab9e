# math.exp and math.log to the last bit (CPython calls the C library's, glibc's): 1200 inputs each,
# spread over the ranges programs use (|x| < 5 as in a tanh or softmax, large, tiny, near the underflow).
import math

def inputs(n, lo, hi, step):
    x, out = 0.0, []
    for i in range(n):
        x = (x + step) % 1.0
        out.append(lo + (hi - lo) * x)
    return out

ranges = [(-5, 5, 0.6180339887498949), (-700, 709, 0.4142135623730951), (-1e-3, 1e-3, 0.7320508075688772), (-745, -700, 0.2360679774997897)]
for lo, hi, step in ranges:
    values = [math.exp(x) for x in inputs(300, lo, hi, step)]
    for i in range(0, len(values), 10):
        print(" ".join(repr(v) for v in values[i:i + 10]))
for lo, hi, step in [(1e-300, 3, 0.6180339887498949), (0.5, 2, 0.4142135623730951), (1, 1e300, 0.7320508075688772)]:
    values = [math.log(x) for x in inputs(400, lo, hi, step)]
    for i in range(0, len(values), 10):
        print(" ".join(repr(v) for v in values[i:i + 10]))
print(repr(math.exp(-1.600404733741554)), repr(math.log(1.2290169488970193)), repr(math.log(10.0, 2)), repr(math.log(1e-5, 10)))
for bad in [lambda: math.exp(1000), lambda: math.log(0), lambda: math.log(-1.0)]:
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.exp(float("-inf")), math.exp(-1e-320), math.exp(709.7), math.log(float("inf")))
