import math
print(math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.factorial(10), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.fabs(-3), math.copysign(2, -1), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.pow(2, 3), math.prod([1, 2, 3, 4]), math.tau, math.inf > 10**300, math.fmod(7, -3))
