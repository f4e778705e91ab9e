# T2: np.poly1d (np.poly1d(np.polyfit(x, y, 2))): evaluation, arithmetic, deriv/integ, coefficients, NumPy's two-line printing
import numpy as np
p = np.poly1d([1, 2, 3])
print(p)
print(repr(p), p.order, p.coeffs, p.c, p.coef, p.coefficients, p.variable, len(p))
print(p(0.5), p(np.array([1, 2, 3])), p([1, 2]), type(p(2)).__name__, p(2))
q = np.poly1d([3.5, -1, 0, 2.25])
print(q)
print(p + q, "|", p - q, "|", p * q, "|", -p, "|", p * 2, "|", 2 * p, "|", p ** 2, "|", p / 2)
print(repr(p + q), repr(p * q), repr(p / 2), repr(p + 1), repr(1 - p))
print(p.deriv(), "|", p.deriv(2), "|", p.integ(), "|", p.integ(k=3))
print(repr(p.deriv()), repr(p.integ()))
print(p[0], p[2], p[5], p == np.poly1d([1, 2, 3]), p != q)
z = np.polyfit([0, 1, 2, 3], [1, 3, 7, 13], 2)
f = np.poly1d(z)
print(f)
print(repr(f), round(float(f(4)), 6))  # polyfit itself may differ from LAPACK in the last digits (README)
print(np.poly1d([0, 0, 1.5, 0]), np.poly1d([0]), np.poly1d([-1, 0, -2]), np.poly1d(5), np.poly1d([1e-5, 123456.789, -0.00012345]))
print(np.poly1d([1, 2, 3], variable='t'))
print(np.poly1d(np.arange(1, 30)))
print(list(p), np.poly1d(p) == p, str(np.poly1d([1, -1])), str(np.poly1d([2, 0])))
print(np.poly1d([1, 2], r=True), np.poly1d(p, variable='s'), isinstance(p, np.poly1d))
print(p(q), "|", np.poly1d([1, -3, 2]).roots, np.roots([1, -6, 11, -6]), np.poly1d([1, 0, -1, 0, 0]).r, np.roots([2]), np.roots([0, 0, 1, 0]))
try:
    p ** -1
except ValueError as e:
    print(e)
