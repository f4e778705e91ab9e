# collections as students use it: Counter, defaultdict, OrderedDict, deque, namedtuple, with their reprs.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
import collections

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["a"], c["z"], "z" in c)
print(sorted(c.elements())[:6], c.total(), Counter(), Counter({"a": 1}), Counter(a=2, b=1))
c.update("aaz")
print(c)
c.subtract({"a": 10})
print(c)
print(Counter(a=1) + Counter(a=2, b=1), Counter(a=3) - Counter(a=1, b=2), Counter(a=1, b=3) | Counter(a=2), Counter(a=1, b=3) & Counter(a=2, b=1))
words = "the cat and the hat and the bat".split()
counts = Counter(words)
for word, n in counts.most_common(3):
    print(f"{word}: {n}")
counts["dog"] += 1
print(counts["dog"], len(counts), isinstance(counts, dict), type(counts), Counter([1, 1, 2]) == {1: 2, 2: 1})

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
ints = defaultdict(int)
for ch in "hello":
    ints[ch] += 1
print(ints, ints.default_factory, ints.get("zz"), "zz" in ints)
print(defaultdict(int, {"a": 1}), defaultdict(set), type(ints), isinstance(ints, dict), ints.copy())
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
try:
    defaultdict()[1]
except KeyError as e:
    print("KeyError:", e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, OrderedDict(), list(od.keys()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.count(7), d.index(7))
window = deque(maxlen=3)
for i in range(5):
    window.append(i)
    print(list(window), sum(window))
print(window, window.maxlen, deque(), deque([None]))
queue = deque(["a"])
while queue:
    node = queue.popleft()
    print("visit", node)
    if node == "a":
        queue.extend(["b", "c"])
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(3)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), Point(x=3, y=4), Point(1, y=5), type(p), isinstance(p, tuple), Point._fields)
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]), hash(p) == hash((1, 2)), len(p), p[:1], sorted([Point(2, 1), Point(1, 2)]))
Card = namedtuple("Card", "rank suit")
print(Card("Q", "hearts"), namedtuple("R", "a, b", defaults=[9])(1))
for f in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: namedtuple("Q", "x x"),
          lambda: namedtuple("Q", "1x"), lambda: namedtuple("Q", "_x"), lambda: p._replace(z=1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(collections.deque()), type(collections.OrderedDict()), type(collections.defaultdict()))
for c in (deque([1]), deque()):
    try:
        print(hash(c))
    except TypeError as e:
        print("TypeError:", e)
