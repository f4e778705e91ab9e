# Source: tester finding #22 (session 10): set operations on dict views, OrderedDict.fromkeys,
# move_to_end and popitem(last=False), random.sample(pop, k=...) and random.Random(seed) instances.
import collections
import random
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.keys() & {1, 4}, d.keys() | {4}, d.keys() - {1}, d.keys() ^ {3, 5}, sorted(d.keys() & [2, 3]))
print({2, 9} & d.keys(), [1, 7] - d.keys() if False else {7} - d.keys(), d.items() & {(1, 'a'), (2, 'x')})
for bad in (lambda: d.values() & {1}, lambda: d.keys() & 5):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
od = collections.OrderedDict.fromkeys('abc')
print(od, collections.OrderedDict.fromkeys('ab', 0), type(od).__name__, dict.fromkeys('ab'))
od.move_to_end('a')
print(od, od.popitem(last=False), od)
od.move_to_end('a', last=False)
print(list(od))
random.seed(1)
print(random.sample(range(10), k=2), random.sample(['x', 'y', 'z'], 2))
try:
    random.sample([1, 2])
except TypeError as e:
    print('TypeError', e)
r = random.Random(42)
print(r.random(), r.randint(1, 6), r.choice('abc'), r.sample(range(100), k=3))
xs = list(range(6))
r.shuffle(xs)
print(xs, r.uniform(0, 1), r.gauss(0, 1))
r.seed(42)
print(r.random(), random.Random(42).random() == random.Random(42).random())
random.seed(7)
a = random.random()
r2 = random.Random(7)
r2.random()
print(a == random.Random(7).random(), random.random() != a)
