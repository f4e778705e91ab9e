# More of the Python students type around PyTorch code: closures, decorators, custom exceptions, dunder
# methods, formatting (the walrus line is written as an assignment, e.__cause__ left out: see tester-findings)
import math

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
c(); c(5)
print(c(), c.__name__)

def log_calls(fn):
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper

@log_calls
def add(a, b):
    return a + b
print(add(2, 3))

class ShapeError(ValueError):
    def __init__(self, got, want):
        super().__init__(f"got {got}, want {want}")
        self.got = got

try:
    raise ShapeError((2, 3), (3, 2))
except ValueError as e:
    print(type(e).__name__, e, e.got, isinstance(e, Exception))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("bad step") from e
except RuntimeError as e:
    print(e)

try:
    x = int("12")
except ValueError:
    print("no")
else:
    print("else", x)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __eq__(self, other):
        return self.xs == other.xs
    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)
    def __repr__(self):
        return f"Vec({', '.join(map(str, self.xs))})"

v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 0.5, len(v), v[1], list(v), v == Vec(4, 6), sorted([Vec(5), Vec(1, 1), Vec(0)]))
print(max([Vec(1), Vec(3)]), sum(v), [a for a in v if a > 4])

print(f"{1234567.891:,.2f} {0.25:%} {0.000123:e} {42:08.3f} {255:x} {255:#b} {'hi':*^10} {3.14159:.3g}")
print("{name} has {n:d} items".format(name="batch", n=32), "%s=%r" % ("x", "y"), "%.3e" % 12345.678)
n = len("hello")
if n > 3:
    print("walrus", n)
data = [("a", 3), ("b", 1), ("c", 2)]
names, nums = zip(*data)
print(names, nums, dict(data), sorted(data, key=lambda t: t[1]))
print(list(reversed(range(3))), list(range(10, 0, -3)), [i for i in range(3)][-1])
print(abs(-3), pow(2, 10), pow(2, -1), pow(3, 4, 5), int(3.9), int(-3.9), float("1e-3"), round(-0.5), round(1.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.exp(1) == math.e, math.log2(8), math.hypot(3, 4))
print(str(1/3), repr(0.1), 1e300 * 1e10, -1e300 * 1e10, 2 ** 0.5, 10 ** -3, 7 / 7, 3 * 1.1)
print(chr(65), ord("a"), "abc"[::-1], "a,b,,c".split(","), "  pad ".strip(), "x".join(["1", "2"]), "Ab".lower())
print("ten" if 10 > 5 else "five", not None, [] or "empty", 0 and 1, 3 in [1, 2, 3], "b" not in "abc")
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[x * 2 for x in row] for row in matrix], sum(sum(r) for r in matrix))
s = {1, 2, 3}
s.add(4); s.discard(1)
print(s, s | {9}, s & {2, 9}, s - {2}, sorted(s, reverse=True), frozenset([1]) == {1})
d = {}
for w in "the cat the dog the end".split():
    d[w] = d.get(w, 0) + 1
print(d, max(d, key=d.get), sorted(d.items(), key=lambda kv: -kv[1])[:2], {v: k for k, v in d.items()})
d.setdefault("new", []).append(1)
print(d, list(d.keys())[-1], len(d.values()), ("cat", 1) in d.items())
del d["new"]
print(d)
global_var = 10
def use_global():
    global global_var
    global_var += 1
    return global_var
print(use_global(), global_var)
print(type(1), type(1.0), type("s"), type([]), type(None), type(print).__name__, callable(len), isinstance(True, int))
print(list(filter(None, [0, 1, "", "a", None])), list(map(lambda t: t ** 2, [1, 2])), any([]), min([], default=-1))
print(id(d) == id(d), hash(1) == hash(1.0), divmod(-7, 2), (-7) // 2, -7 % 2, 0.1 * 3, 1 - 0.9)
