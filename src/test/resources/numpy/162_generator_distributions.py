# NumPy 1.24's Generator (np.random.default_rng): the distributions built on its ziggurat normals,
# exponentials and gammas (standard_t, standard_cauchy, f, noncentral_chisquare, noncentral_f,
# rayleigh, weibull, wald, negative_binomial, dirichlet with both of its algorithms,
# multivariate_normal with method svd, eigh and cholesky) and those drawn from its uniforms alone
# (zipf, hypergeometric by the urn and by ratio-of-uniforms), bit for bit over several seeds,
# shapes and broadcast parameters, sums of many draws to the last bit, and NumPy's errors.
# Recorded from NumPy 1.24 (scripts/fixtures/numpy_conformance.py).
import numpy as np

for seed in [0, 1, 42, 12345, 2 ** 40 + 7]:
    rng = np.random.default_rng(seed)
    print(seed, rng.standard_t(3, 3).tolist(), rng.standard_t(0.5), rng.standard_t([1, 10, 100]).tolist())
    print(rng.standard_cauchy(3).tolist(), rng.standard_cauchy(), rng.standard_cauchy((2, 2)).tolist())
    print(rng.f(3, 7, 3).tolist(), rng.f(0.5, 0.5), rng.f([1, 2], [[3], [40]]).tolist())
    print(rng.noncentral_chisquare(3, 2, 3).tolist(), rng.noncentral_chisquare(0.5, 1.5, 3).tolist(), rng.noncentral_chisquare(2, 0), rng.noncentral_chisquare(2, np.nan))
    print(rng.noncentral_f(3, 5, 1.5, 3).tolist(), rng.noncentral_f(0.8, 2, 0.5))
    print(rng.rayleigh(size=3).tolist(), rng.rayleigh(2.5), rng.rayleigh([0, 1, 3]).tolist())
    print(rng.weibull(1.5, 3).tolist(), rng.weibull(0), rng.weibull(0.3, (1, 2)).tolist())
    print(rng.wald(1, 2, 3).tolist(), rng.wald(0.5, 10), rng.wald([1, 3], 0.2).tolist())
    print(rng.negative_binomial(5, 0.5, 4).tolist(), rng.negative_binomial(0.5, 0.1), rng.negative_binomial([1, 100], [0.9, 0.3]).tolist())
    print(rng.zipf(2, 5).tolist(), rng.zipf(1.3), rng.zipf([4, 10]).tolist())
    print(rng.hypergeometric(15, 15, 5, 4).tolist(), rng.hypergeometric(100, 2, 10, 3).tolist(), rng.hypergeometric(5, 5, 3))
    print(rng.hypergeometric(1000, 500, 300, 4).tolist(), rng.hypergeometric(50, 5000, 2000, 3).tolist(), rng.hypergeometric(20, 30, 45, 3).tolist())
    print(rng.hypergeometric([10, 200], [20, 300], [5, 100]).tolist(), rng.hypergeometric(0, 10, 10), rng.hypergeometric(10, 0, 3))
    print(rng.dirichlet([1, 2, 3]).tolist(), rng.dirichlet([0.5, 0.5], 2).tolist(), rng.dirichlet((10, 5, 0.3), (1, 2)).tolist())
    print(rng.dirichlet([0.05, 0.01, 0.09], 3).tolist(), rng.dirichlet([0.02]).tolist())
    print(rng.multivariate_normal([0, 0], [[1, 0], [0, 1]], 3).tolist(), rng.multivariate_normal([1, 2], [[2, 0.5], [0.5, 1]]).tolist())
    cov = np.array([[4.0, 1.2, 0.3], [1.2, 2.0, -0.4], [0.3, -0.4, 1.0]])
    print(rng.multivariate_normal([1, -1, 0.5], cov, (2, 2)).tolist())
    print(rng.multivariate_normal([1, -1, 0.5], cov, 3, method='cholesky').tolist())
    print(rng.multivariate_normal([1, -1, 0.5], cov, 3, method='eigh').tolist())
big = np.random.default_rng(7)
print(repr(float(big.standard_t(5, 5000).sum())), repr(float(big.f(4, 9, 5000).sum())), repr(float(big.wald(2, 3, 5000).sum())))
print(repr(float(big.noncentral_chisquare(0.7, 3, 5000).sum())), repr(float(big.weibull(2.2, 5000).sum())), repr(float(big.rayleigh(1, 5000).sum())))
print(int(big.negative_binomial(3, 0.4, 5000).sum()), int(big.zipf(3.5, 5000).sum()), int(big.hypergeometric(400, 600, 250, 5000).sum()))
print(int(big.hypergeometric(7, 9, 6, 5000).sum()), repr(float(big.dirichlet([0.3, 2, 5], 2000).sum(axis=0)[0])))
print(repr(float(big.multivariate_normal([0, 1, 2], cov, 2000).sum())))
print(big.multivariate_normal(np.zeros(5), np.eye(5) * 2 + 0.5, 2).tolist())
rng = np.random.default_rng(3)
for text, bad in [("standard_t(0)", lambda: rng.standard_t(0)), ("standard_t([1, -1])", lambda: rng.standard_t([1, -1])),
                  ("f(1, 0)", lambda: rng.f(1, 0)), ("noncentral_chisquare(1, -1)", lambda: rng.noncentral_chisquare(1, -1)),
                  ("noncentral_f(1, 1, -1)", lambda: rng.noncentral_f(1, 1, -1)), ("rayleigh(-1)", lambda: rng.rayleigh(-1)),
                  ("weibull(-1)", lambda: rng.weibull(-1)), ("wald(0, 1)", lambda: rng.wald(0, 1)), ("wald(1, -1)", lambda: rng.wald(1, -1)),
                  ("negative_binomial(0, 0.5)", lambda: rng.negative_binomial(0, 0.5)), ("negative_binomial(nan, 0.5)", lambda: rng.negative_binomial(np.nan, 0.5)),
                  ("negative_binomial(1, 0)", lambda: rng.negative_binomial(1, 0)), ("negative_binomial([1], [1.5])", lambda: rng.negative_binomial([1], [1.5])),
                  ("negative_binomial(1e20, 0.5)", lambda: rng.negative_binomial(1e20, 0.5)),
                  ("zipf(1)", lambda: rng.zipf(1)), ("zipf([2, 0.5])", lambda: rng.zipf([2, 0.5])), ("zipf(nan)", lambda: rng.zipf(np.nan)),
                  ("hypergeometric(10, 5, 20)", lambda: rng.hypergeometric(10, 5, 20)), ("hypergeometric(-1, 5, 2)", lambda: rng.hypergeometric(-1, 5, 2)),
                  ("hypergeometric(10**9, 5, 2)", lambda: rng.hypergeometric(10 ** 9, 5, 2)), ("hypergeometric([5, 6], 5, [2, 20])", lambda: rng.hypergeometric([5, 6], 5, [2, 20])),
                  ("dirichlet([1, 0])", lambda: rng.dirichlet([1, 0])), ("dirichlet(3)", lambda: rng.dirichlet(3)),
                  ("multivariate_normal([0], [[1, 0], [0, 1]])", lambda: rng.multivariate_normal([0], [[1, 0], [0, 1]])),
                  ("multivariate_normal([0, 0], [1, 1])", lambda: rng.multivariate_normal([0, 0], [1, 1])),
                  ("method='qr'", lambda: rng.multivariate_normal([0, 0], np.eye(2), method='qr')),
                  ("not PSD raise", lambda: rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise')),
                  ("check_valid='x'", lambda: rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='x')),
                  ("cholesky of not PD", lambda: rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], method='cholesky'))]:
    try:
        print(text, bad())
    except Exception as e:
        print(text, type(e).__name__, e)
