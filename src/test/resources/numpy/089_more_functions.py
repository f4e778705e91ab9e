# Finding #124: the NumPy functions a sweep of ~90 common ones found missing, with their types and messages.
import numpy as np
a = np.array([[0.5, -1.2, 2.0], [1.5, 0.3, -0.7]])
print(np.sinh(a), np.cosh(a), np.arctan2(a, 1.0), np.hypot(a, 1.0), np.cbrt(a), np.exp2(a), np.rint(a), np.trunc(a), np.fmod(a, 0.3))
print(a.cumprod(), np.logspace(0, 2, 5), np.around(a, 1), np.diff(a[0]), np.trace(a[:, :2]), np.average(a, axis=1, weights=[1, 2, 3]))
print(np.nanmean(np.array([1.0, np.nan, 3.0])), np.cov(a), np.corrcoef(a[0], a[1]), np.histogram(a, bins=3), np.interp([0.5], [0, 1], [0, 10]))
print(np.convolve([1, 2, 3], [0, 1, 0.5]), np.polyval([1, 2, 3], 2.0), np.cross(a[0], a[1]), np.heaviside(a, 0.5), np.trapz(a[0]))
print(np.take(a, [0, 2]), np.take(a, [[1], [-1]], axis=1), np.divmod(a, 0.7), np.bitwise_xor(5, 3), np.bitwise_and([6, 7], 3), np.invert(np.array([5], dtype=np.uint8)))
print(np.mod(a, 0.7), np.remainder(-3, 2), np.floor_divide(a, 0.7), a // 0.1, np.fabs(-2), np.copysign(a, -1), np.fmax([np.nan, 1.0], [2.0, np.nan]))
print(np.logical_and(a > 0, a < 1), np.logical_not([True, False]), np.logical_xor(True, [True, False]), np.signbit([-0.0, 1.0]), np.positive(a))
print(np.nansum([1.0, np.nan]), np.nanmax([[np.nan, 2.0], [1.0, np.nan]], axis=0), np.nanmin([np.nan, 4.0]), np.nanstd([1.0, np.nan, 3.0, 4.0]), np.nanvar(a))
print(np.nanargmax([np.nan, 3.0, 1.0]), np.nanprod([2.0, np.nan, 4.0]), np.nancumsum([1.0, np.nan, 2.0]), np.nanmean([[1.0, np.nan], [3.0, 4.0]], axis=1))
print(np.histogram([1, 2, 2, 3, 10], bins=[0, 2, 4, 10]), np.histogram([0.1, 0.5, 0.9], bins=2, range=(0, 1), density=True))
print(np.histogram(np.arange(10.0), bins=4, weights=np.ones(10) * 0.5), np.histogram([], bins=2))
print(np.interp([-1, 0.25, 3, 5], [0, 1, 3], [10, 20, -5]), np.interp(2.5, [1, 2, 3], [3, 2, 0]), np.interp([0, 4], [1, 2], [5, 6], left=-1, right=99))
print(np.diff([1, 4, 9, 16], n=2), np.diff(a, axis=0), np.diff(np.array([1, 0, 5], dtype=np.uint8)), np.diff([True, False, False]), np.diff([1, 2], prepend=0, append=[7]))
print(np.average([1, 2, 3, 4]), np.average(a, axis=0), np.average([1, 2], weights=[3, 1], returned=True), np.ediff1d([1, 5, 2]))
print(np.trace(np.arange(9).reshape(3, 3)), np.trace(np.arange(9).reshape(3, 3), offset=1), np.geomspace(1, 1000, 4), np.logspace(0, 3, 4, base=2))
print(np.convolve([1, 2, 3, 4], [1, 1], mode='same'), np.convolve([1, 2, 3, 4], [1, 1, 1], mode='valid'), np.cross([1, 2], [3, 4]), np.polyval([3, 0, 1], np.array([1, 2])))
print(np.cov([1.0, 2.0, 4.0]), np.cov(a, bias=True), np.corrcoef(a), np.logaddexp(a, 1), np.logaddexp2(1.0, 2.0), np.float_power(2, 3), np.sinc(a))
for bad in [lambda: np.diff(np.float64(3)),
            lambda: np.diff([1, 2], n=-1),
            lambda: np.trace(np.arange(3)),
            lambda: np.take(a, [7]),
            lambda: np.average(a, weights=[1, 2]),
            lambda: np.average([1, 2], weights=[1, -1]),
            lambda: np.histogram([1, 2], bins=0),
            lambda: np.histogram([1, 2], bins=[2, 1]),
            lambda: np.interp([1], [], []),
            lambda: np.convolve([], [1]),
            lambda: np.convolve([1], [1], mode='middle'),
            lambda: np.nanargmax([np.nan, np.nan]),
            lambda: np.bitwise_and(1.5, 2),
            lambda: np.cross([1, 2, 3, 4], [1, 2, 3])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
