# Generators whose yields sit in a try with except* clauses: in the body, a handler, else, finally.

def body_yields():
    try:
        yield 1
        yield 2
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError as e:
        print("value", repr(e))
    except* TypeError as e:
        print("type", repr(e))
    yield 3

print(list(body_yields()))


def handler_yields():
    try:
        raise ExceptionGroup("eg", [ValueError("v1"), KeyError("k"), ValueError("v2")])
    except* ValueError as e:
        for x in e.exceptions:
            got = yield str(x)
            print("sent", got)
    except* KeyError as e:
        yield "key " + repr(e.exceptions[0])
    else:
        yield "not here"
    finally:
        yield "finally"

g = handler_yields()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(list(g))


def else_and_finally():
    try:
        yield "body"
    except* OSError:
        yield "no"
    else:
        yield "else"
    finally:
        yield "finally"

print(list(else_and_finally()))


def reraise_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "handled value"
    yield "never"

g = reraise_rest()
print(next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("rest", repr(e))


def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "before"
        raise KeyError("new")
    except* TypeError:
        yield "type"
        raise

g = raise_in_handler()
print(next(g))
print(next(g))
try:
    next(g)
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
    print(repr(e.exceptions[0].__context__))


def thrown_in():
    while True:
        try:
            yield "waiting"
        except* ValueError as e:
            yield "caught " + repr(e.exceptions)
        except* ZeroDivisionError:
            yield "zero"

g = thrown_in()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
print(g.throw(ExceptionGroup("two", [ValueError("a"), ZeroDivisionError()])))
print(next(g))
print(next(g))
g.close()
print("closed")


def closed_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            yield "in handler"
        finally:
            print("cleanup")

g = closed_in_handler()
print(next(g))
g.close()
print("closed again")


def nested():
    try:
        try:
            yield 1
            raise ExceptionGroup("inner", [ValueError(1), TypeError(2)])
        except* ValueError:
            yield 2
    except* TypeError as e:
        yield "outer " + repr(e)

print(list(nested()))


