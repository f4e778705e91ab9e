# T20: functools.singledispatch (register by class, union or annotation; dispatch, registry), functools.cached_property, +Counter and -Counter
import functools
from collections import Counter


@functools.singledispatch
def show(arg, verbose=False):
    """Show a thing."""
    return "default " + repr(arg)


@show.register
def _(arg: int, verbose=False):
    return "int " + str(arg)


@show.register(list)
def _(arg, verbose=False):
    return "list of " + str(len(arg))


def show_float(arg, verbose=False):
    return "float " + str(arg)


show.register(float, show_float)


@show.register
def _(arg: str | bytes):
    return "text"


print(show(3), show(True), show([1, 2]), show(2.5), show("s"), show(b"b"), show(None), show({}))
print(show.__name__, show.__doc__, show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show_float)
print(sorted(k.__name__ for k in show.registry))
try:
    @show.register
    def _(arg):
        return 0
except TypeError as e:
    print(e.args[0][:40])
try:
    show()
except TypeError as e:
    print(e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @functools.cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, c.calls, "area" in vars(c))
del c.area
print(c.area, c.calls)
c.area = 7
print(c.area, type(Circle.area).__name__)
print(+Counter(a=5, b=-1, c=0), -Counter(a=-2, b=1), +Counter(), -Counter({"x": 3}))
