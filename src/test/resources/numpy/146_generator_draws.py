# The modern Generator API (U19): np.random.default_rng(seed)'s draws that need no ziggurat table,
# bit for bit, over several seeds and sizes; SeedSequence, bit_generator, PCG64, Generator(PCG64(...))
import numpy as np

for seed in [0, 42, 12345, 2 ** 40 + 7]:
    rng = np.random.default_rng(seed)
    print(seed, rng.poisson(3, 5), rng.poisson(25.5, 4), rng.poisson(), rng.poisson(lam=[1, 100, 0.5]))
    print(rng.binomial(10, 0.5, 5), rng.binomial(1000, 0.3, 3), rng.binomial(n=50, p=0.9), rng.binomial(5, 0.25))
    print(rng.binomial([10, 100, 1000], [0.1, 0.5, 0.99]), rng.binomial(3, [0.2, 0.8], size=(2, 2)))
    print(rng.geometric(0.5, 6), rng.geometric(p=0.9, size=(2, 2)), rng.geometric(0.35))
    print(rng.laplace(size=3), rng.laplace(1.5, 2.0, 2), rng.laplace(scale=[1, 10]))
    print(rng.logistic(size=3), rng.logistic(-1, 0.5, 2), rng.gumbel(size=2), rng.gumbel(2, 3))
    print(rng.triangular(0, 0.5, 1, 4), rng.triangular(-1, 2, 3), rng.triangular([0, 1], 1, 2))
    print(rng.beta(0.5, 0.5, 4), rng.beta(1, 0.3), rng.beta(a=[0.2, 0.9], b=1.0))
    print(rng.multinomial(20, [0.2, 0.3, 0.5]), rng.multinomial(100, [1 / 6] * 6, size=2))
    print(rng.multinomial(1000, np.array([0.1, 0.9])), rng.multinomial(0, [0.5, 0.5]))
    print(rng.permuted(np.arange(8)), rng.permuted(np.arange(12).reshape(3, 4), axis=1))
    print(rng.permuted(np.arange(6).reshape(2, 3)), rng.permuted([[1, 2, 3], [4, 5, 6]], axis=0))
    print(rng.bytes(10), rng.bytes(1), rng.bytes(0), rng.bytes(9))
    print(rng.integers(0, 10, 5), rng.random(2), rng.uniform(-1, 1, 2))
big = np.random.default_rng(7)
print(big.poisson(4.0, 1000).sum(), big.poisson(40.0, 1000).sum(), big.binomial(100, 0.5, 1000).sum(), big.binomial(10, 0.1, 1000).sum())
print(big.laplace(size=1000).sum(), big.logistic(size=1000).sum(), big.triangular(0, 1, 4, 1000).sum(), big.beta(0.7, 0.4, 1000).sum())
print(big.geometric(0.4, 1000).sum(), big.multinomial(50, [0.1, 0.2, 0.7], size=300).sum(axis=0))
x = np.arange(10)
y = big.permuted(x)
print(x, y, np.sort(y))
rng = np.random.default_rng(3)
s = rng.bit_generator.state
print(s["bit_generator"], sorted(s), s["has_uint32"], s["uinteger"], sorted(s["state"]))
print(s["state"]["state"], s["state"]["inc"])
a = rng.random(3)
rng.bit_generator.state = s
print(a, rng.random(3))
rng.integers(0, 2 ** 16, dtype=np.int64)
print(type(rng.bit_generator).__name__, np.random.default_rng(3).bit_generator.state == s)
print(np.random.Generator(np.random.PCG64(42)).random(3), np.random.default_rng(42).random(3))
print(np.random.default_rng(np.random.PCG64(5)).integers(100, size=4), np.random.default_rng(5).integers(100, size=4))
ss = np.random.SeedSequence(42)
print(ss)
print(ss.entropy, ss.generate_state(4), ss.generate_state(1, np.uint32))
print(np.random.default_rng(ss).random(2), np.random.Generator(np.random.PCG64(ss)).random(2))
print(np.random.SeedSequence(2 ** 70 + 5).generate_state(3))
print(np.random.default_rng(np.random.SeedSequence(1)).random(), np.random.default_rng(1).random())
np.random.seed(0)
print(np.random.bytes(5), np.random.bytes(4), np.random.bytes(0), np.random.rand(), np.random.RandomState(1).bytes(6))
for bad in [lambda: np.random.default_rng(0).poisson(-1), lambda: np.random.default_rng(0).binomial(5, 1.5),
            lambda: np.random.default_rng(0).binomial(-1, 0.5), lambda: np.random.default_rng(0).geometric(0),
            lambda: np.random.default_rng(0).laplace(0, -1), lambda: np.random.default_rng(0).triangular(2, 1, 3),
            lambda: np.random.default_rng(0).beta(0, 1), lambda: np.random.default_rng(0).multinomial(10, [0.5, 0.7]),
            lambda: np.random.default_rng(0).multinomial(-1, [0.5, 0.5]), lambda: np.random.default_rng(0).multinomial(5, [1.2, -0.2]),
            lambda: np.random.default_rng(0).bytes(-1), lambda: np.random.default_rng(0).poisson([1, -1]),
            lambda: np.random.SeedSequence(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
