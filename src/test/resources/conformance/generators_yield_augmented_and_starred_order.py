# A yield inside `target op= ...` and after a starred operand: CPython reads the target (object, key,
# current value) and expands the starred operand before the generator stops (checked with python3).
total = 0

def add_global():
    global total
    total += yield 1

g = add_global(); next(g)
total = 100          # changed while the generator is suspended: the old value was already read
try:
    g.send(5)
except StopIteration:
    pass
print("global", total)


class Box:
    def __init__(self):
        self.n = 0


def add_attribute(o):
    o.n += yield


b = Box()
g = add_attribute(b); next(g)
b.n = 50
try:
    g.send(1)
except StopIteration:
    pass
print("attribute", b.n)


def add_item(xs):
    xs[len(xs) - 1] += yield


xs = [1]
g = add_item(xs); next(g)
xs.append(10)        # the key len(xs) - 1 was 0 before the yield
try:
    g.send(1)
except StopIteration:
    pass
print("item", xs)


def extend_in_place(acc):
    acc += yield     # a list's += extends the same list


shared = [1]
g = extend_in_place(shared); next(g)
try:
    g.send([2, 3])
except StopIteration:
    pass
print("in place", shared)


def running_average():
    total, n, avg = 0.0, 0, None
    while True:
        total += yield avg
        n += 1
        avg = total / n


g = running_average(); next(g)
print("average", g.send(10), g.send(20), g.send(3))


def starred(xs):
    print("len", len([*xs, (yield)]))
    print("max", max(*xs, (yield)))


ys = [1, 5]
g = starred(ys); next(g)
ys.append(9)
g.send(0)
ys.append(100)       # max's operands were expanded before its yield
try:
    g.send(2)
except StopIteration:
    pass
