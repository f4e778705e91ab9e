# Subclassing collections' types (Z21): Counter, OrderedDict, defaultdict, deque carry their value and repr with the class's name.
import collections
from collections import Counter, OrderedDict, defaultdict, deque


class C(collections.Counter):
    pass


c = C("abca")
print(c, repr(c), len(c), c["a"], c["z"], c.most_common(1), type(c).__name__, isinstance(c, Counter), isinstance(c, dict))
c.update("zz")
print(c, sorted(c.elements()), c.total(), C(), C(a=2), c == Counter("abcazz"))


class WordCounter(Counter):
    def top(self, n=1):
        return [w for w, _ in self.most_common(n)]


wc = WordCounter("the cat and the hat and the bat".split())
print(wc.top(2), wc["the"], wc)


class S(collections.OrderedDict):
    pass


o = S()
print(o, repr(o))
o["b"] = 1
o["a"] = 2
o.move_to_end("b")
print(o, list(o), o.popitem(), o, S([("x", 1)]), isinstance(o, OrderedDict))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
for k in "abca":
    cache.put(k, k.upper())
print(cache, cache.capacity, list(cache.items()))


class D(defaultdict):
    pass


d = D()
print(d, repr(d), d.default_factory)
g = D(list)
g["x"].append(1)
g["x"].append(2)
print(g, g["x"], len(g), dict(g), isinstance(g, defaultdict))


class Graph(defaultdict):
    def __init__(self):
        super().__init__(set)

    def add_edge(self, a, b):
        self[a].add(b)
        self[b].add(a)


gr = Graph()
gr.add_edge(1, 2)
gr.add_edge(2, 3)
print(sorted(gr[2]), len(gr), sorted(gr), gr.default_factory)


class Q(deque):
    pass


q = Q([1, 2, 3])
q.appendleft(0)
q.append(4)
print(q, repr(q), len(q), q[0], q.popleft(), list(q), Q(), Q("ab", maxlen=1), isinstance(q, deque))


class Window(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)

    def mean(self):
        return sum(self) / len(self)


w = Window(3)
for x in [1, 2, 3, 4, 5]:
    w.append(x)
print(w, w.mean(), w.maxlen)
