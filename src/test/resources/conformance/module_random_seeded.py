# random after seed(n) gives CPython's own numbers: the Mersenne Twister and random.py's algorithms.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["a", "b", "c", "d"]), random.choice("xyz"), random.choice(range(100)))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(round(random.uniform(-1, 1), 12), random.uniform(2, 2))
print([random.gauss(0, 1) for _ in range(3)])
print(random.gauss(10, 0.5))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
print(random.sample(range(100), 5), random.sample(["p", "q", "r"], 3))
print(random.sample(range(10 ** 6), 4))
print(random.choices([1, 2, 3], k=5), random.choices("ab", weights=[1, 9], k=6))
print(random.choices(["x", "y"], cum_weights=[0.5, 1.0], k=4))
