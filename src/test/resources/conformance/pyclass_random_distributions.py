# random's distributions and getstate/setstate: CPython 3.11's numbers for the same seed.
import random

random.seed(12345)
print([random.normalvariate(0, 1) for _ in range(3)])
print(random.normalvariate(), random.lognormvariate(0.5, 0.25))
print([random.expovariate(1.5) for _ in range(3)])
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0)])
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.5, 0.5))
print(random.paretovariate(3), random.weibullvariate(1.0, 1.5))
print(random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0.0, 0.0))
print(random.triangular(), random.triangular(1, 5), random.triangular(1, 5, 4), random.triangular(2, 2, 2))
print(random.choices("abc", weights=[1, 2, 7], k=5), random.choices(range(10), cum_weights=list(range(1, 11)), k=3))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.gauss(), random.gauss(5, 2))

state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2] is None or type(state[2]).__name__)
first = [random.random() for _ in range(3)], random.gauss(), random.gauss()
random.setstate(state)
again = [random.random() for _ in range(3)], random.gauss(), random.gauss()
print(first == again, first)

r = random.Random(7)
s = r.getstate()
print(r.normalvariate(1, 2), r.triangular(0, 10, 3))
r.setstate(s)
print(r.normalvariate(1, 2), r.triangular(0, 10, 3))

for bad in [(1, state[1], None), [3, state[1], None], (3, list(state[1]), None), (3, state[1][:10], None), (3, state[1][:-1] + (625,), None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
