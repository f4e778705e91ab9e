# Every kind of seed CPython takes, and a seed that replays the same numbers.
import random

for seed in [0, 1, 7, -7, 2 ** 40 + 3, 10 ** 30, "hello", "", 3.5, 2.0, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10 ** 9))
random.seed(123)
first = [random.random() for _ in range(5)]
random.seed(123)
again = [random.random() for _ in range(5)]
print(first == again, first)
random.seed(5)
a = random.gauss(0, 1)
random.seed(5)
print(a == random.gauss(0, 1))
random.seed(99)
print(sum(random.random() for _ in range(1000)))
print(max(random.randint(1, 100) for _ in range(1000)), min(random.randint(1, 100) for _ in range(1000)))
