# yield inside larger expressions, as coroutine examples write it: send() values arriving in sums, calls, returns, while conditions
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
g = averager(); next(g)
print(g.send(10), g.send(30), g.send(5))
def echo():
    while True:
        received = (yield)
        print("got", received)
e = echo(); next(e); e.send("a"); e.send("b")
def gen():
    x = yield 1
    print("x", x)
    y = (yield x * 2) + 1
    print("y", y)
    z = yield
    print("z", z)
    print((yield "p"))
    return 7
g = gen()
print(next(g)); print(g.send(3)); print(g.send(4)); print(g.send(5)); 
try:
    g.send(6)
except StopIteration as s:
    print("stop", s.value)
def acc():
    total = 0
    while True:
        total += yield total
a = acc(); next(a); a.send(2); print(a.send(5))
def coro():
    items = []
    while (item := (yield len(items))) is not None:
        items.append(item)
    return items
c = coro(); next(c); c.send(1); c.send(2)
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
