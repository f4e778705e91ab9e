# functools as courses use it: reduce, partial, lru_cache/cache with cache_info, wraps, cmp_to_key, total_ordering.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), partial(power, 2)(10), square.func is power, square.args, square.keywords)
print(list(map(partial(int, base=2), ["101", "11"])))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@cache
def slow_square(x):
    print("computing", x)
    return x * x

print(slow_square(4), slow_square(4), slow_square(5))

@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x

for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

@lru_cache
def add(a, b=1):
    return a + b

print(add(1), add(1), add(1, b=2), add.cache_info().hits)

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Say hello."""
    return "hello " + name

print(greet("ada"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

def plain(fn):
    def inner():
        return fn()
    return inner

@plain
def named():
    pass

print(named.__name__)

def compare_len(a, b):
    return len(a) - len(b)

print(sorted(["ccc", "a", "bb"], key=cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

print(Version(1) < Version(2), Version(1) <= Version(1), Version(3) > Version(2), Version(2) >= Version(3))

def counter():
    counter.calls += 1
    return counter.calls

counter.calls = 0
counter()
counter()
print(counter.calls)
