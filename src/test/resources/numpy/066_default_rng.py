# np.random.default_rng(seed): NumPy's Generator over PCG64 (SeedSequence seeding), whose random,
# integers, uniform, choice, permutation and shuffle give NumPy's numbers for the same seed;
# normal is refused (NumPy's ziggurat tables are not there).
import numpy as np

rng = np.random.default_rng(42)
print(rng.random(), type(rng.random()), rng.random(3), rng.random((2, 2)))
print(rng.integers(10), type(rng.integers(10)), rng.integers(5, size=8), rng.integers(-3, 3, size=(2, 3)))
print(rng.integers(1, 7, size=10, endpoint=True), rng.integers(2**40, size=3), rng.integers(0, 2**52, size=2))
print(rng.uniform(), rng.uniform(-1, 1, size=4), rng.uniform(2, 3, 2))
print(rng.choice(5), type(rng.choice(5)), rng.choice([10, 20, 30]), type(rng.choice([10, 20, 30])), rng.choice(10, size=6))
print(rng.choice(np.array([1.5, 2.5, 3.5]), size=(2, 2)), rng.choice(100, size=7, replace=False), rng.choice(5, 5, replace=False))
print(rng.choice(4, size=6, p=[0.1, 0.2, 0.3, 0.4]), rng.choice(["a", "b"][0:1] * 0 + [7, 8, 9], 2, replace=False, shuffle=False))
print(rng.choice(20000, size=500, replace=False)[:8], rng.choice(20000, size=100, replace=False)[:5])
print(rng.permutation(10), rng.permutation(np.arange(6).reshape(3, 2)), rng.permutation([1.5, 2.5, 3.5]))
x = np.arange(10)
rng.shuffle(x)
deck = list(range(8))
rng.shuffle(deck)
m = np.arange(12).reshape(4, 3)
rng.shuffle(m)
print(x, deck, m)
print(rng.random(2, dtype=np.float32), rng.random(dtype=np.float32))
for seed in (0, 1, 12345, 2**32 + 5, 2**64 + 1, 2**130):
    g = np.random.default_rng(seed)
    print(seed, g.random(), g.integers(1000), g.permutation(5))
idx = np.random.default_rng(0).permutation(8)
data = np.arange(8) * 10
print(data[idx], data[idx[:3]])
print(type(rng).__name__, isinstance(rng, np.random.Generator))
for bad in (lambda: rng.integers(0), lambda: rng.integers(5, 3), lambda: rng.choice(3, 4, replace=False),
            lambda: rng.choice(3, p=[0.5, 0.6, 0.1]), lambda: np.random.default_rng(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
