# T2: np.piecewise (values and functions per condition, one more for "otherwise", x's type kept)
import numpy as np

x = np.linspace(-2.5, 2.5, 6)
print(np.piecewise(x, [x < 0, x >= 0], [-1, 1]))
print(np.piecewise(x, [x < 0, x >= 0], [lambda x: -x, lambda x: x]))
print(np.piecewise(x, [x < -1, x > 1], [0, lambda x: x * 2, 5]))
print(np.piecewise(np.arange(5), [np.arange(5) > 2], [lambda v: v * 10]))
print(np.piecewise(x, x > 0, [lambda v: v ** 2, 7]))
print(np.piecewise(x, [x > 10], [lambda v: v / 0, 1.5]))
print(np.piecewise(x, [x < 0], [lambda v, k: v * k, 0], 3))
try:
    np.piecewise(x, [x < 0, x > 0], [1])
except ValueError as e:
    print(e)
