# Source: the brief's UnboundLocalError item (CPython 3.11's messages): a function's local, any name its body binds
# anywhere, read before it has a value, though a global of that name exists; an enclosing function's is a NameError.
def m():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(m())
total = 10
def uses_global():
    return total + 1
print(uses_global())
def comp():
    ys = [x * k for x in range(3)]
    k = 2
    return ys
try:
    comp()
except NameError as e:
    print(type(e).__name__, e)
def lam():
    f = lambda: w
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
    return f()
print(lam())
def walrus():
    if (n := 3) > 2:
        return n
print(walrus())
def gen():
    yield a
    a = 1
try:
    list(gen())
except UnboundLocalError as e:
    print("gen", e)
def imp():
    print(math)
    import math
try:
    imp()
except UnboundLocalError as e:
    print("imp", e)
def loop():
    for i in range(3):
        pass
    print(i)
    del i
    try:
        print(i)
    except UnboundLocalError as e:
        print(e)
loop()
def cls():
    class C:
        y = q
    q = 1
try:
    cls()
except NameError as e:
    print(type(e).__name__, e)
def m2(s):
    match s:
        case [a, *rest]:
            return a, rest
        case {"k": v, **kw}:
            return v, kw
    return a
print(m2([1, 2]), m2({"k": 1, "j": 2}))
try:
    m2(5)
except UnboundLocalError as e:
    print(e)
def g2():
    global total
    total += 1
    return total
print(g2())
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner()
print(outer())
def ann():
    y: int
    return y
try:
    ann()
except UnboundLocalError as e:
    print(e)
def outer():
    count = 0
    def inc():
        count += 1
        return count
    try:
        inc()
    except UnboundLocalError as e:
        print("1", e)
    except NameError as e:
        print("1 name", e)
outer()
x = 5
def f():
    print(x)
    x = 3
try:
    f()
except UnboundLocalError as e:
    print("2", e, isinstance(e, NameError))
def g():
    for i in range(2):
        if i == 1:
            print(y)
        y = i
g()
def h():
    del z
try:
    h()
except UnboundLocalError as e:
    print("3", e)
def k():
    z = 1
    del z
    return z
try:
    k()
except UnboundLocalError as e:
    print("4", e)
def m():
    try:
        pass
    except Exception as err:
        pass
    return err
try:
    m()
except UnboundLocalError as e:
    print("5", e)
def n():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("6", type(e).__name__, e)
    v = 1
n()
def p():
    q += 1
p()
