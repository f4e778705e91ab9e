# A yield inside an f-string's field makes its def a generator; fields run left to right.
def report():
    total = 0
    while True:
        total += 1
        line = f"#{total}: got {(yield)!r} then {(yield 'more'):>6} (of {total})"
        print(line)


r = report()
print(next(r))
print(r.send([1, 2]))
r.send("x")


def labels(width):
    for i in range(2):
        yield f"{i:>{width}} {(yield i * 10)}"


g = labels(3)
print(next(g), g.send("a"), next(g), g.send("b"))
