# sys.exc_info() and sys.exception() (3.11): in except and finally clauses, in __exit__, in functions a
# handler calls; (None, None, None) outside; nested handlers give back the outer exception after theirs
import sys


def show(where):
    kind, value, tb = sys.exc_info()
    print(where, kind.__name__ if kind else kind, repr(value), type(tb).__name__, repr(sys.exception()))


show("outside")
try:
    raise ValueError("bad value")
except ValueError:
    show("except")
    try:
        {}["k"]
    except KeyError as inner:
        show("nested")
    show("after nested")
show("after handler")

try:
    try:
        1 / 0
    finally:
        show("finally")
except ZeroDivisionError:
    pass
try:
    pass
finally:
    show("finally, no error")


class Watch:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        show("__exit__")
        print(kind is sys.exc_info()[0], value is sys.exception(), tb is sys.exc_info()[2], tb is value.__traceback__ if value else None)
        return True


with Watch():
    raise KeyError("inside with")
with Watch():
    pass


def handler():
    try:
        int("x")
    except ValueError as e:
        helper(e)
        return sys.exception()


def helper(e):
    print("helper sees the same:", sys.exception() is e)


print(repr(handler()))
kind, value, tb = sys.exc_info()
print(kind, value, tb)

# the exception's __traceback__ is sys.exc_info()[2]
try:
    raise RuntimeError("r")
except RuntimeError as e:
    print(e.__traceback__ is sys.exc_info()[2], e.__traceback__ is e.__traceback__)
    print(repr(e.__traceback__)[:21])

# a generator's handler: its exception comes and goes with it
def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield sys.exception()
        yield sys.exception()


g = gen()
print(repr(next(g)), repr(sys.exception()))
try:
    raise OSError("outer")
except OSError:
    print(repr(next(g)), repr(sys.exception()))
