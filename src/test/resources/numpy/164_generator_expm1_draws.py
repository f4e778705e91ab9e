# NumPy 1.24's Generator draws that end in glibc's expm1 (pareto: expm1(E / a); power:
# (-expm1(-E)) ** (1 / a); logseries: Kemp's LK algorithm), bit for bit over several seeds, shapes
# and broadcast parameters, with sums of many draws and NumPy's errors; and CPython's
# math.expm1, which is the same glibc function. Recorded from NumPy 1.24.
import math
import numpy as np

for seed in [0, 1, 42, 12345, 2 ** 40 + 7]:
    rng = np.random.default_rng(seed)
    print(seed, rng.pareto(3, 4).tolist(), rng.pareto(0.5), rng.pareto([1, 10, 0.1]).tolist())
    print(rng.power(5, 4).tolist(), rng.power(0.3), rng.power([1, 2], (2, 2)).tolist())
    print(rng.logseries(0.6, 6).tolist(), rng.logseries(0.99, 4).tolist(), rng.logseries(0), rng.logseries([0.1, 0.5, 0.999]).tolist())
big = np.random.default_rng(11)
print(repr(float(big.pareto(2.5, 20000).sum())), repr(float(big.power(0.7, 20000).sum())), int(big.logseries(0.9, 20000).sum()))
print([math.expm1(x) for x in [1e-10, -1e-10, 0.3, 0.35, 1.0, 1.04, -0.7, 2.5, 20.0, 40.0, -40.0, 700.0, 1e-300]])
print(sum(math.expm1(i / 997.0 - 5) for i in range(20000)))
rng = np.random.default_rng(3)
for text, bad in [("pareto(0)", lambda: rng.pareto(0)), ("pareto([1, -1])", lambda: rng.pareto([1, -1])), ("power(0)", lambda: rng.power(0)),
                  ("logseries(1)", lambda: rng.logseries(1)), ("logseries(-0.1)", lambda: rng.logseries(-0.1)),
                  ("logseries([0.5, 1])", lambda: rng.logseries([0.5, 1])), ("logseries(nan)", lambda: rng.logseries(np.nan)),
                  ("math.expm1(1000)", lambda: math.expm1(1000))]:
    try:
        print(text, bad())
    except Exception as e:
        print(text, type(e).__name__, e)
