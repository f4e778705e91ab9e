# pickle in memory (U9): dumps gives CPython's bytes, loads gives the values back; dump/load on io.BytesIO;
# objects of the program's classes; what cannot be pickled; bad data.
import io
import pickle
from collections import OrderedDict, namedtuple

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**70, 1.5, -0.0, float("inf"),
          "", "héllo", "x" * 300, b"", b"\x00\xff", b"y" * 300, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "a", [2.5]],
          {}, {"a": 1}, {"a": [1, 2], "b": {"c": None}}, set(), {3}, frozenset(), frozenset({4}), OrderedDict([("k", 1), ("j", 2)])]
for v in values:
    s = pickle.dumps(v)
    print(repr(v)[:40], s == pickle.dumps(v), pickle.loads(s) == v, type(pickle.loads(s)).__name__)
for v in [None, 7, 300, -5, 2**40, 2.5, "ab", b"cd", (1, "a"), [1, 2], {"a": 1}, {5}, frozenset({6}), OrderedDict(a=1)]:
    print(pickle.dumps(v))
for protocol in (2, 3, 4, 5, -1):
    print(protocol, pickle.dumps([1, "two", (3.0, None), {"k": b"v"}], protocol=protocol))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

# the same object twice stays one object; a list that holds itself
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair, pair[0] is pair[1])
loop = [1]
loop.append(loop)
back = pickle.loads(pickle.dumps(loop))
print(back[1] is back, len(back))
big = list(range(2500))
print(pickle.loads(pickle.dumps(big)) == big, len(pickle.dumps(big)))
print(pickle.loads(pickle.dumps({i: str(i) for i in range(1200)}))[1199])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Counter:
    def __init__(self):
        self.n = 0
        self.cache = {"skip": 1}

    def __getstate__(self):
        return {"n": self.n}

    def __setstate__(self, state):
        self.n = state["n"]
        self.cache = {}


class Empty:
    pass


p = pickle.loads(pickle.dumps(Point(1, [2, 3])))
print(p, type(p).__name__, p.y)
print(pickle.dumps(Point(1, 2)))
c = Counter()
c.n = 5
c2 = pickle.loads(pickle.dumps(c))
print(c2.n, c2.cache)
print(type(pickle.loads(pickle.dumps(Empty()))).__name__, pickle.dumps(Empty()))
P = namedtuple("P", "a b")
print(pickle.loads(pickle.dumps(P(1, 2))))
print(pickle.loads(pickle.dumps([Point, len, dict])))

# several pickles in one file in memory
f = io.BytesIO()
pickle.dump({"epoch": 1}, f)
pickle.dump([1, 2, 3], f)
pickle.dump("end", f, protocol=2)
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError:", e)

# what cannot be pickled, and data that is no pickle
for bad in [lambda: 1, (x for x in []), io]:
    try:
        pickle.dumps(bad)
    except (TypeError, pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
for data in [b"", b"junk", b"\x80\x04\x95", pickle.dumps([1, 2])[:-3]]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(pickle.UnpicklingError, pickle.PickleError), issubclass(pickle.PicklingError, pickle.PickleError))
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print("ValueError:", e)
