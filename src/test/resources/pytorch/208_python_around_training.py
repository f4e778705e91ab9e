# The Python a student types around a training loop: f-strings, comprehensions, dicts, classes,
# enumerate/zip, sorted with keys, try/except, string methods, unpacking
import math
import random

history = {"train": [], "val": []}
for epoch, (tr, va) in enumerate(zip([0.9, 0.5, 0.31], [1.0, 0.7, 0.6]), start=1):
    history["train"].append(tr)
    history["val"].append(va)
    print(f"epoch {epoch:02d} | train {tr:.3f} | val {va:>6.2f} | gap {va - tr:+.2e}")
print(history)
best = min(range(len(history["val"])), key=lambda i: history["val"][i])
print(f"best epoch: {best + 1}, {history['val'][best]=}")
squares = [i * i for i in range(10) if i % 2]
pairs = {name: len(name) for name in ["relu", "sigmoid", "tanh"]}
print(squares, pairs, sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])))
nested = [[r * 3 + c for c in range(3)] for r in range(2)]
print(nested, list(map(sum, nested)), [x for row in nested for x in row][::-2])
print({k: v for k, v in zip("abc", range(3))}, set("hello") == {"h", "e", "l", "o"})

class Counter:
    """A running mean, as students write for logging."""
    count = 0

    def __init__(self, name):
        self.name = name
        self.total = 0.0
        self.n = 0
        Counter.count += 1

    def update(self, value, n=1):
        self.total += value * n
        self.n += n
        return self

    @property
    def avg(self):
        return self.total / self.n if self.n else float("nan")

    def __repr__(self):
        return f"Counter({self.name!r}, avg={self.avg:.4f})"

    def __str__(self):
        return f"{self.name}: {self.avg:.4f}"

m = Counter("loss")
for v in [0.5, 0.25, 0.125]:
    m.update(v, n=2)
print(m, repr(m), str(m), Counter.count, m.avg, Counter("x").avg)
print(isinstance(m, Counter), type(m).__name__, hasattr(m, "avg"), getattr(m, "nope", 42))

class Scheduler:
    def __init__(self, lr):
        self.lr = lr
    def step(self):
        self.lr *= 0.5

class WarmScheduler(Scheduler):
    def __init__(self, lr, warm):
        super().__init__(lr)
        self.warm = warm
    def step(self):
        if self.warm > 0:
            self.warm -= 1
        else:
            super().step()

s = WarmScheduler(0.1, 2)
lrs = []
for _ in range(5):
    lrs.append(s.lr)
    s.step()
print(lrs, s.lr)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return math.inf
    finally:
        print("done", a, b)

print(safe_div(1, 2), safe_div(1, 0))
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    raise RuntimeError("custom message")
except (TypeError, RuntimeError) as e:
    print(f"{type(e).__name__}: {e}")

a, *rest = [1, 2, 3, 4]
first, (second, third) = "x", ("y", "z")
print(a, rest, first, second, third)
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), "-".join(reversed(words)), words[-1].upper())
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "%5.2f%%" % 12.345, "%d items" % 3)
print(round(2.5), round(3.5), round(2.675, 2), 7 // -2, -7 % 3, 2 ** -1, 10 / 4, divmod(17, 5))
print(math.sqrt(2), math.pi, math.e, math.log(100, 10), math.floor(-1.5), math.ceil(1.2))
print(any(x > 3 for x in [1, 5]), all([]), max([3, 1, 2]), min("bca"), sum([0.1] * 10))
print(1e-5, 1e16, 0.1 + 0.2, 1/3, float("inf"), -0.0, 10**20, 2**64 + 1, 3.0, 100.0 * 1.1)
random.seed(0)
print(random.random(), random.randint(1, 6), random.choice("abc"))
xs = list(range(10))
random.shuffle(xs)
print(xs)
d = dict(lr=0.1, momentum=0.9)
d.update({"nesterov": True})
print(d, list(d), d.get("wd", 0.0), d.pop("lr"), d, "momentum" in d, len(d))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1], reverse=True))
t = (1, 2, 3)
print(t[::-1], t.index(2), t.count(1), t + (4,), t * 2, (1,), ())
print(str(None), bool(""), bool([0]), None is None, 0 == 0.0, 1 == True, "a" < "b")
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
else:
    print("never")
print(i)
for n in range(2, 10):
    for x in range(2, n):
        if n % x == 0:
            break
    else:
        print(n, end=" ")
print()
print(*[1, 2, 3], sep=", ", end="!\n")
lam = lambda x, y=2, *args, **kw: (x, y, args, kw)
print(lam(1), lam(1, 3, 4, z=5))
def total(*nums, scale=1):
    return scale * sum(nums)
print(total(1, 2, 3), total(*range(4), scale=2))
g = (x * x for x in range(4))
print(list(g), list(enumerate("ab")), list(zip(*[(1, "a"), (2, "b")])))
