# attributes of library objects (files, functools wrappers, dataclass fields, inspect, warnings):
# dir() lists what getattr reads, hasattr agrees, and attributes that are None read as None
import dataclasses
import fileinput
import functools
import inspect
import io
import os
import sys
import warnings

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "data", "lines.txt")


def missing(obj, names):
    """The names getattr reads that dir() does not list, or hasattr denies."""
    listed = set(dir(obj))
    return sorted(n for n in names.split() if n not in listed or not hasattr(obj, n))


with open(path) as f:
    print(missing(f, "__iter__ __next__ close closed mode name read readable readline readlines seek seekable tell writable write writelines"))
    for method in (f.write, f.writelines):
        try:
            method("x")
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
    print(f.readable(), f.writable(), f.seekable())
with open(path, "rb") as f:
    print(missing(f, "__iter__ __next__ close closed mode name read readline readlines seek tell write writelines"))
print(missing(sys.stdin, "__iter__ __next__ buffer close closed encoding fileno isatty mode name read readable readline readlines seekable writable write writelines"))
print(missing(sys.stdin.buffer, "read readline readlines"))
for buf in (io.StringIO("a\nb"), io.BytesIO(b"a\nb")):
    print(missing(buf, "close closed flush getvalue read readable readline readlines seek seekable tell truncate writable write writelines"))
with fileinput.input(files=[path]) as lines:
    print(missing(lines, "__iter__ __next__ filename lineno filelineno isfirstline isstdin nextfile close"))
    print(next(lines).rstrip(), lines.lineno(), lines.filename() == path)

p = functools.partial(max, 1, key=abs)
print(missing(p, "args func keywords"), p.args, p.keywords)


@functools.lru_cache(maxsize=4)
def square(x):
    return x * x


@functools.lru_cache
def cube(x):
    """x cubed"""
    return x ** 3


print(square.__doc__, square.__name__, square.__qualname__, square.__module__, square.__wrapped__ is not None)
print(cube.__doc__, cube(2), cube.cache_info())
print(missing(square, "__doc__ __module__ __name__ __qualname__ __wrapped__ cache_clear cache_info"))


@functools.singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


print(show(1), show("a"), show.__doc__, show.__name__, show.__module__, show.dispatch(bool).__name__)
print(missing(show, "__doc__ __module__ __name__ __qualname__ __wrapped__ dispatch register registry"))


class Shape:
    @functools.singledispatchmethod
    def area(self, x):
        "the area"
        return "object"

    @area.register
    def _(self, x: float):
        return "float"


s = Shape()
print(s.area(1.5), s.area(1), s.area.__doc__, s.area.__qualname__)
print(missing(s.area, "__doc__ __module__ __name__ __qualname__ __wrapped__ register"))
print(missing(Shape.__dict__["area"], "dispatcher func register"))

fresh = dataclasses.field(default=None)
print(fresh.name, fresh.type, fresh.default, fresh.init, fresh.repr, fresh.compare)


@dataclasses.dataclass
class Point:
    x: int = None
    y: dataclasses.InitVar[int] = 0

    def __post_init__(self, y):
        pass


x = dataclasses.fields(Point)[0]
print(x.name, x.type, x.default, x.init, x.kw_only)
print(missing(x, "compare default default_factory init kw_only name repr type"))
print(dataclasses.InitVar[int].type, dataclasses.InitVar(None).type)


def f(a, b: int = 2, *args, c=None, **kw) -> float:
    return a


sig = inspect.signature(f)
print(missing(sig, "bind bind_partial parameters replace return_annotation"))
for param in sig.parameters.values():
    print(param.name, param.kind, param.default is inspect.Parameter.empty, param.annotation)
print(missing(sig.parameters["b"], "annotation default kind name replace"))
print(inspect.signature(lambda: None).return_annotation is inspect.Signature.empty)
bound = sig.bind(1, c=3)
print(missing(bound, "apply_defaults args arguments kwargs signature"), bound.args, bound.kwargs)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("careful")
w = caught[0]
print(w.message, w.category.__name__, w.line, w.file, w.source, w.lineno > 0)
print(missing(w, "category file filename line lineno message source"))

import csv
import logging

d = csv.get_dialect("excel")
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
print(missing(d, "delimiter quotechar escapechar doublequote skipinitialspace lineterminator quoting strict"))
log = logging.getLogger("refactor.check")
print(log.name, log.level, log.propagate, log.handlers, log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.ERROR))
print(log.getChild("x").name, log.hasHandlers())
print(missing(log, "addHandler critical debug error exception getChild getEffectiveLevel handlers hasHandlers info isEnabledFor level log name parent propagate removeHandler setLevel warn warning"))


def outer():
    here_now = 1

    def inner():
        return here_now

    return inner


cell = outer().__closure__[0]
print(cell.cell_contents, missing(cell, "cell_contents"))
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_code.co_firstlineno, frame.f_lineno > 0, frame.f_globals is globals())  # (f_back: the runner's frame under the test's CPython)
print(missing(frame, "f_back f_code f_globals f_lineno f_locals"), missing(frame.f_code, "co_filename co_firstlineno co_name co_qualname"))
