# Generator functions: a call makes a generator object; next() runs the body to each yield.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(g, "default"))
print(list(countdown(4)))
print(sum(countdown(10)))
for v in countdown(2):
    print("got", v)
print(iter(g) is g)

# a return value travels in StopIteration
def answer():
    yield 1
    return 42
it = answer()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value, e.args, str(e))

# nothing runs until the first next()
def noisy():
    print("body runs")
    yield "x"
n = noisy()
print("created")
print(next(n))

# yield with no value, and tuples
def pairs(xs):
    for i, x in enumerate(xs):
        yield i, x
    yield
print(list(pairs("ab")))
print(dict(pairs("xy") if False else [(0, "x")]))

# a generator in comprehensions, zip, enumerate, sorted, max, any
def squares(n):
    for i in range(n):
        yield i * i
print([s + 1 for s in squares(5)])
print(list(zip(squares(3), "abc")))
print(list(enumerate(squares(3), start=1)))
print(sorted(squares(4), reverse=True), max(squares(4)), any(s > 5 for s in squares(4)))
print({s % 3 for s in squares(6)})
print(", ".join(str(s) for s in squares(4)))
a, b, c = squares(3)
print(a, b, c)
print(*squares(3))
