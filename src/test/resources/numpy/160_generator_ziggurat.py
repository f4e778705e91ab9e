# NumPy 1.24's Generator (np.random.default_rng): its ziggurat draws (standard_normal, normal,
# standard_exponential with method 'zig' and 'inv', exponential, lognormal) and what builds on them
# (standard_gamma below, at and above 1, gamma, chisquare, geometric for p < 1/3, beta above 1),
# 20,000 normals and exponentials per seed summed to the last bit, and the parameter errors.
# Recorded from NumPy 1.24 (scripts/fixtures/numpy_conformance.py); the ziggurat tables adjoint
# uses were recorded from NumPy by scripts/fixtures/numpy_ziggurat.py.
import numpy as np
for seed in [0, 1, 42, 12345]:
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(20000)
    print(seed, repr(float(a.sum())), repr(float(np.abs(a).max())), a[:3].tolist(), a[-2:].tolist())
    e = rng.standard_exponential(20000)
    print(repr(float(e.sum())), repr(float(e.max())), e[:3].tolist())
    print(rng.normal(3, 2, 4).tolist(), rng.normal(), rng.exponential(2.5, 3).tolist(), rng.lognormal(0.5, 0.25, 3).tolist())
    print(rng.standard_exponential(3, method='inv').tolist(), rng.standard_normal(), rng.standard_normal((2, 2)).tolist())
    print(rng.standard_gamma(0.5, 5).tolist(), rng.standard_gamma(3.5, 5).tolist(), rng.gamma(2.0, 3.0, 3).tolist(), rng.chisquare(4, 3).tolist())
    print(rng.standard_gamma(1.0, 2).tolist(), rng.standard_gamma(0.0), rng.normal([0, 10], [1, 2]).tolist(), rng.gamma([0.3, 7.], 2.).tolist())
    print(rng.geometric(0.05, 6).tolist(), rng.geometric(0.3), rng.beta(2.5, 0.5, 3).tolist(), rng.beta(3, 4))
    print(repr(float(rng.gamma(0.2, 1.0, 5000).sum())), repr(float(rng.gamma(9.0, 1.0, 5000).sum())))
rng = np.random.default_rng(7)
for text, bad in [("rng.normal(0, -1)", lambda: rng.normal(0, -1)), ("rng.exponential(-1)", lambda: rng.exponential(-1)), ("rng.lognormal(0, -1)", lambda: rng.lognormal(0, -1)), ("rng.standard_gamma(-1)", lambda: rng.standard_gamma(-1)), ("rng.chisquare(0)", lambda: rng.chisquare(0)), ("rng.gamma(1, -1)", lambda: rng.gamma(1, -1)), ("rng.standard_normal(2, dtype=np.int64)", lambda: rng.standard_normal(2, dtype=np.int64)), ("rng.standard_exponential(2, dtype=np.int64)", lambda: rng.standard_exponential(2, dtype=np.int64))]:
    try:
        print(text, bad())
    except Exception as e:
        print(text, type(e).__name__, e)
