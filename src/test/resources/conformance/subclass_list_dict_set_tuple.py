# Subclassing the built-in containers (Z20): class Stack(list), class Vocab(dict), set/frozenset/tuple subclasses.
import copy
import json


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
print(s, len(s), s.is_empty(), bool(s))
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, repr(s), str(s), len(s), s.peek(), s.pop(), s)
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), type(s).__mro__)
print(s[0], s[-1], s[1:], type(s[1:]).__name__, list(s), sorted(s, reverse=True), sum(s), max(s))
print(s == [1, 2, 3], [1, 2, 3] == s, s != [1, 2], s < [1, 2, 4], 2 in s, 9 in s)
print(s + [9], type(s + [9]).__name__, [0] + s, s * 2, 2 * s)
t = s
t += [5]
print(t is s, type(t).__name__, s)
s[0] = 10
del s[1]
print(s, s.index(3), s.count(10))
for x in s:
    print("item", x)
print([x * 2 for x in s], list(reversed(s)), tuple(s), set(s) == {10, 3, 5})
s.sort()
print(s, s.copy(), type(s.copy()).__name__)
s.label = "my stack"
print(s.label, vars(s))
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
print(Stack("abc"), Stack(range(3)), Stack(x for x in "hi"))
print(json.dumps(Stack([1, 2])))
c = copy.copy(s)
d = copy.deepcopy(Stack([[1], [2]]))
print(c, type(c).__name__, c is s, c.label, d, type(d).__name__)


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {list(self)!r})"


n = Named("xs", [3, 1, 2])
print(n, len(n), n.name, sorted(n), [n])


class Squares(list):
    def __getitem__(self, i):
        return super().__getitem__(i) ** 2


q = Squares([1, 2, 3])
print(q[2], q[0], list(q), q)


class Vocab(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]


v = Vocab()
for w in "the cat sat on the mat".split():
    v[w]
print(v, len(v), v["cat"], v.get("dog"), "dog" in v, type(v).__name__, isinstance(v, dict))
print(list(v.items())[:2], sorted(v), v == {"the": 0, "cat": 1, "sat": 2, "on": 3, "mat": 4})
print(json.dumps(v), dict(v), {**v}["mat"])


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["a"] = 1
u["b"] = 2
print(u, u["a"], u["B"], u.get("b"), u.keys())


class Config(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.frozen = False

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


cfg = Config(lr=0.1, epochs=3)
print(cfg, cfg.lr, cfg.epochs, cfg.frozen, cfg.copy(), type(cfg.copy()).__name__)
try:
    cfg.momentum
except AttributeError as e:
    print("AttributeError:", e)


class Tags(set):
    pass


tg = Tags([3, 1])
tg.add(2)
print(tg, Tags(), len(tg), 2 in tg, tg | {9}, type(tg | {9}).__name__, tg == {1, 2, 3}, sorted(tg))


class Frozen(frozenset):
    pass


fz = Frozen("ab")
print(len(fz), sorted(fz), Frozen(), fz == frozenset("ab"), hash(fz) == hash(frozenset("ab")), {fz: 1}[frozenset("ab")])


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), p + (3,), hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], isinstance(p, tuple))
a, b = p
print(a, b, tuple(p), list(p), p[::-1], max(p))


class Pair(tuple):
    pass


print(Pair([1, 2]), Pair(), type(Pair("ab")).__name__, Pair("ab") < ("b",))
