# math.asinh, acosh and atanh near 0 and 1, where the textbook logarithms lose digits
# (log(x + sqrt(x*x + 1)) gives asinh(1e-10) = 1.000000082740371e-10), and their domain errors.
import math

for x in [1e-10, -1e-10, 1e-300, 0.0, -0.0, 0.3, -2.5, 7.0, 1e8, 1e300, -1e300]:
    print(x, math.asinh(x))
for x in [1.0, 1.0000000001, 1.5, 2.0, 10.0, 1e10, 1e300]:
    print(x, math.acosh(x))
for x in [1e-10, -1e-12, 0.0, 0.25, -0.5, 0.9, 0.999999, -0.9999999999]:
    print(x, math.atanh(x))
for f, x in [(math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -1.5)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, "ValueError:", e)
print(math.asinh(float("inf")), math.asinh(float("-inf")), math.acosh(float("inf")), math.isnan(math.asinh(float("nan"))))
