# V16: CPython 3.11 places an AttributeError at the whole obj.name (its carets under "x".uper), and
# keeps what "Did you mean" is computed from: NameError.name, AttributeError.name and .obj.
import traceback


def f():
    return "x".uper()


def g():
    y = 1 + "x".uper
    return y


for fn in (f, g):
    try:
        fn()
    except AttributeError:
        print("\n".join(line for line in traceback.format_exc().splitlines() if not line.startswith("  File")))

try:
    undefined_q
except NameError as e:
    print(repr(e.name))


class C:
    pass


c = C()
try:
    c.zz
except AttributeError as e:
    print(repr(e.name), e.obj is c)
try:
    "x".uper()
except AttributeError as e:
    print(repr(e.name), repr(e.obj))
print(NameError("a").name, AttributeError("b").name, AttributeError("b").obj, NameError("a", name="q").name)
