# S18: the inspect module as course autograders use it: signature (its parameters' kinds, defaults and annotations,
# printed as CPython prints them), getdoc, getsource/getsourcelines, the is* tests and getmembers
import dataclasses
import inspect
import math
from typing import List, Optional


def f(a: int, b: "str" = "x", /, c: List[int] = [], *args: float, d, e: Optional[int] = None, **kw) -> bool:
    """Doc of f.

        Indented."""
    return True


sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p, repr(p), p.kind, repr(p.kind), p.kind.name, p.kind.description, p.default, p.annotation, p.name)
print(sig.return_annotation, sig.parameters["a"].default is inspect.Parameter.empty, inspect.Parameter.empty, inspect.Signature.empty)
print(len(sig.parameters), list(sig.parameters), sig.parameters["d"].kind == inspect.Parameter.KEYWORD_ONLY)
print(isinstance(sig, inspect.Signature), isinstance(sig.parameters["a"], inspect.Parameter))


class P:
    """A point."""

    def __init__(self, x, y=0):
        self.x = x

    # the norm
    @property
    def size(self):
        return 1

    def norm(self, p=2) -> float:
        "Norm."
        return abs(self.x)

    @staticmethod
    def s(q):
        return q

    @classmethod
    def c(cls, r):
        return r


class Q(P):
    def norm(self, p=2) -> float:
        return 0.0


print(inspect.signature(P), inspect.signature(P.norm), inspect.signature(P(1).norm), inspect.signature(P.s), inspect.signature(P.c))
print(inspect.signature(lambda x, *, y=2: 0), inspect.signature(Q))


class Callable:
    def __call__(self, a, b=1):
        return a


print(inspect.signature(Callable()))
print(inspect.getdoc(f))
print(repr(inspect.getdoc(P.norm)), repr(inspect.getdoc(Q.norm)), repr(inspect.getdoc(Q(1).norm)), inspect.getdoc(P), inspect.getdoc(Q))
print(inspect.getdoc(lambda: 0), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(f), inspect.isfunction(P.norm), inspect.isfunction(P(1).norm), inspect.isfunction(len), inspect.isfunction(P))
print(inspect.ismethod(P(1).norm), inspect.ismethod(P.norm), inspect.ismethod(P.c), inspect.isclass(P), inspect.isclass(P(1)),
      inspect.ismodule(math), inspect.ismodule(f))
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isroutine(len), inspect.isroutine(f), inspect.isgeneratorfunction(f))


def gen(n):
    yield n


print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(lambda: 0))
print(inspect.getsource(f), end="")
print(inspect.getsource(P.norm), end="")
print(inspect.getsource(P), end="")
print(inspect.getsource(P(1).norm) == inspect.getsource(P.norm), inspect.getsource(f.__code__) == inspect.getsource(f))


@dataclasses.dataclass
class D:
    a: int
    b: "float" = 0.5


print(inspect.getsource(D), end="")
lines, start = inspect.getsourcelines(gen)
print(lines, start)
square = lambda v: v * v
print(inspect.getsource(square), end="")
print([n for n, v in inspect.getmembers(P) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(P(1), inspect.ismethod)])
print([n for n, v in inspect.getmembers(P, inspect.isfunction)])
for bad in (5, len, math):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__)
try:
    inspect.signature(5)
except TypeError as e:
    print(e)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(lambda x: x))
print(inspect.getfullargspec(P.norm), inspect.getfullargspec(P(1).norm))
print(inspect.getfullargspec(len), inspect.getfile(f) == __file__, inspect.getsourcefile(P) == __file__)
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print(e)
