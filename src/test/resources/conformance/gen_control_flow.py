# Yields inside try/except/finally, with, loops with else, break and continue.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        return False

def lines():
    with Resource("file") as r:
        for i in range(3):
            yield f"{r.name} line {i}"
    print("after with")

print(list(lines()))
g = lines()
print(next(g))
g.close()

def loop_flow():
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        yield i
    else:
        yield "never"
    n = 0
    while n < 3:
        n += 1
        yield -n
    else:
        yield "while else"
print(list(loop_flow()))

def errors():
    for v in [1, 0, 2]:
        try:
            yield 10 // v
        except ZeroDivisionError as e:
            yield "caught " + str(e)
        else:
            yield "else"
        finally:
            yield "finally"
print(list(errors()))

def early_return(items):
    for item in items:
        try:
            if item == "stop":
                return "stopped"
            yield item
        finally:
            print("finally for", item)
    return "ran out"
e = early_return(["a", "stop", "b"])
print(list(e))

def reraise():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError:
        yield "handling"
        raise
r = reraise()
print(next(r), next(r))
try:
    next(r)
except ValueError as e:
    print("re-raised", e)

def raises_stop():
    yield 1
    raise StopIteration("oops")
try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)

def itself():
    yield next(me)
me = itself()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def nested_functions():
    def helper(x):
        return [x, x]
    for v in helper(3):
        yield v
    squares = [i * i for i in range(3)]
    yield squares
print(list(nested_functions()))

def suppressing():
    class Quiet:
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            print("suppressed", exc[0].__name__)
            return True
    with Quiet():
        yield "in"
        raise KeyError("x")
    yield "after"
print(list(suppressing()))
