# yield from, infinite generators consumed lazily, generators of generators.
import itertools

def inner():
    received = yield "inner 1"
    print("inner got", received)
    yield "inner 2"
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    yield from "hi"

o = outer()
print(next(o))
print(o.send("hello"))
print(list(o))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.takewhile(lambda v: v < 4, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(list(zip("abc", naturals())))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 12)))
for i, f in enumerate(fib()):
    if f > 50:
        print("first above 50:", i, f)
        break

# a generator pipeline, each stage lazy
def read(lines):
    for line in lines:
        print("  read", line)
        yield line
def parse(lines):
    for line in lines:
        yield int(line)
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
pipeline = running_total(parse(read(["1", "2", "3"])))
print("built the pipeline")
for t in pipeline:
    print("total", t)

# recursive generators: tree walk and permutations
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(walk(tree)))

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [first] + rest
print(list(perms([1, 2, 3])))

# a batch generator, as homework writes it
def batches(X, y, bs):
    for i in range(0, len(X), bs):
        yield X[i:i + bs], y[i:i + bs]
for xb, yb in batches(list(range(7)), list("abcdefg"), 3):
    print(xb, yb)

class Loader:
    def __init__(self, data, func):
        self.data = data
        self.func = func
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        for b in self.data:
            yield self.func(*b)
print(list(Loader([(1, 2), (3, 4)], lambda a, b: a * b)), len(Loader([1], None)))

# generator expressions are lazy: a billion items are never built
print(sum(x * x for x in range(10**9) if x < 5) if False else sum(x * x for x in itertools.islice(range(10**9), 5)))
big = (x * x for x in range(10**9))
print(next(big), next(big), next(big))
