import random
from collections import deque
random.seed(3)
print(random.sample(deque([1,2,3,4,5]), 3))
print(random.sample(range(100), 5))
print(random.sample(range(10**6), 3))
print(random.sample((1,2,3,4), 2))
print(random.sample("abcdef", 3))
print(random.sample([1,2,3], k=3))
print(random.sample(['r','g','b'], counts=[2,1,3], k=4))
print(random.sample(range(50), 30))
print(random.sample(list(range(1000)), 4))
print(random.sample({"a":1,"b":2}.keys(), 1) if False else "skip")
for bad in [lambda: random.sample({1,2,3}, 2), lambda: random.sample({1:2}, 1), lambda: random.sample([1,2], 3), lambda: random.sample([1,2], -1), lambda: random.sample(iter([1]), 1), lambda: random.sample(frozenset([1]), 1), lambda: random.sample({}.keys(), 0)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(random.choice(deque([1,2,3])), random.choice(range(10)), random.choice("xyz"), random.choice((4,5)))
d = deque([1,2,3,4]); random.shuffle(d); print(d)
print(random.choices(deque([1,2,3]), k=3), random.choices(range(5), k=2))

from collections import deque, OrderedDict, defaultdict, Counter, ChainMap
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Sized
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10
class NotSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return i
random.seed(7)
print(random.sample(Seq(8), 3), random.choice(Seq(5)), random.choices(Seq(4), k=3))
try:
    random.sample(NotSeq(), 2)
except TypeError as e:
    print(e)
print(random.choice(NotSeq()))
r = random.Random(5)
print(r.sample(deque("abcdefgh"), 4), r.sample(range(3, 40, 3), 4))
t = (1, 2, 3)
try:
    random.shuffle(t)
except TypeError as e:
    print(e)
try:
    random.shuffle("ab")
except TypeError as e:
    print(e)
for v in [deque(), OrderedDict(), defaultdict(int), Counter(), ChainMap(), {}.keys(), {}.items(), {}.values(), b"", bytearray(), range(0), "", (), set(), frozenset()]:
    print(type(v).__name__, [isinstance(v, c) for c in (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Sized)])
print(random.sample(['a','b','c'], counts=[1,0,5], k=5))
for bad in [lambda: random.sample([1,2], 1, counts=[1]), lambda: random.sample([1,2], 1, counts=[1.0, 2.0]), lambda: random.sample([1,2], 1, counts=[0, 0])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
