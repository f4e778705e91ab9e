# statistics.NormalDist (task 3) and math.erf/erfc as glibc computes them: pdf, cdf, inv_cdf, quantiles, overlap, zscore,
# samples with a seed, from_samples, arithmetic, equality and CPython's errors.
import random
from statistics import NormalDist, StatisticsError
import statistics
n = NormalDist(0, 1)
print(n.cdf(1.0), statistics.geometric_mean([1, 2, 4]), n, repr(NormalDist(5, 2)), NormalDist())
print(n.pdf(0.5), n.pdf(-1.3), n.inv_cdf(0.975), n.inv_cdf(0.5), n.inv_cdf(0.01), n.inv_cdf(1e-10), n.inv_cdf(0.3))
d = NormalDist(100, 15)
print(d.cdf(115), d.cdf(70), d.cdf(100), d.pdf(100), d.zscore(130), d.quantiles(), d.quantiles(10)[:3], d.mean, d.median, d.mode, d.stdev, d.variance)
print(d.overlap(NormalDist(110, 15)), d.overlap(NormalDist(100, 20)), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(d + 10, d - 10, d * 2, d / 3, -d, +d, 10 + d, 10 - d, 2 * d, d + NormalDist(0, 20), d - NormalDist(5, 20), d == NormalDist(100, 15), d != n)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), hash(d) == hash(NormalDist(100.0, 15.0)))
print(n.samples(3, seed=42), NormalDist(10, 2).samples(2, seed="x"))
random.seed(7)
print(n.samples(2))
xs = [n.cdf(x / 10) for x in range(-40, 41)]
print(xs[:5], xs[-5:], sum(xs))
print([n.inv_cdf(p / 100) for p in range(1, 100, 7)])
print([round(n.pdf(x / 4), 17) for x in range(-8, 9)])
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).pdf(1), lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: n.overlap(3), lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist("a"), lambda: NormalDist(0, "x"), lambda: NormalDist("2.5")]:
    try:
        print(bad())
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
import math
print([math.erf(i / 7 - 4) for i in range(0, 57, 4)], [math.erfc(i / 3 - 2) for i in range(0, 30, 3)], math.erf(1e-9), math.erfc(-7), math.erfc(27.5))
