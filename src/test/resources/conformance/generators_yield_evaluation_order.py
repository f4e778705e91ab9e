# a yield inside an expression runs where CPython runs it: operands before it are evaluated first (log shows the order)
log = []
def note(v):
    log.append(v)
    return v
def pack(*args, **options):
    return args, options
def order():
    r = note("a") + (yield 1) + note("c") + (yield 2)
    print("r", r, log)
    d = {note("k"): (yield 3), "z": note("v")}
    print(d)
    out = note(pack)((yield 4), *(yield 5), sep=(yield 6))
    print(out)
    x = [(yield 7), note(8)][0]
    print(x, log)
    return (yield 9) * 2
g = order()
print(next(g)); print(g.send("b")); print(g.send("d")); print(g.send("K")); print(g.send("p")); print(g.send([1, 2]))
try:
    g.send("s")
except TypeError as e:
    print("TypeError", e)
def branches():
    n = 0
    while (m := (yield n)) is not None:
        if m < 0:
            print("neg")
        elif (yield "ask") == "yes":
            print("yes")
        else:
            print("other")
        n += m
    return n
b = branches(); print(next(b)); print(b.send(3)); print(b.send(-1)); print(b.send(2)); print(b.send("yes")); print(b.send(5)); print(b.send("no"))
try:
    b.send(None)
except StopIteration as s:
    print("returned", s.value)
def inner():
    x = yield "i1"
    return x * 10
def outer():
    total = (yield from inner()) + (yield "o")
    print("total", total)
    yield total
o = outer(); print(next(o)); print(o.send(4)); print(o.send(2))
def thrower():
    try:
        v = (yield 1) + 1
    except ValueError as e:
        print("caught", e)
        v = (yield "after") * 3
    yield v
t = thrower(); next(t); print(t.throw(ValueError("boom"))); print(t.send(7))
def loc():
    a = 1
    b = (yield) + a
    yield locals()
l = loc(); next(l); print(l.send(5))
def acc():
    items = []
    while True:
        items.append((yield len(items)))
        if len(items) > 2:
            return items
a = acc(); next(a); a.send("x"); a.send("y")
try:
    a.send("z")
except StopIteration as s:
    print(s.value)
def pr():
    print((yield), (yield))
p = pr(); next(p); p.send(1)
try:
    p.send(2)
except StopIteration:
    print("done")
