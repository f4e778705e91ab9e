# U18: inspect follows functools.wraps' __wrapped__ (signature, getsource, unwrap), a function's __dict__, TypedDict's required/optional keys,
# get_type_hints resolving strings inside Optional[...], len.__qualname__
import functools
import inspect
from typing import Optional, TypedDict, get_type_hints


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def g(x, y=3):
    return x + y


print(inspect.signature(g), inspect.signature(g, follow_wrapped=False), inspect.getfullargspec(g).varargs)
print(inspect.getsource(g), end="")
print(inspect.unwrap(g).__name__, inspect.iscoroutinefunction(g), inspect.isgenerator(x for x in []), len.__qualname__)


class Node:
    child: Optional["Node"] = None
    pair: "Optional[Node]" = None


print(get_type_hints(Node))


class M(TypedDict, total=False):
    a: int


class N(TypedDict):
    b: str
    c: int


print(M.__required_keys__, M.__optional_keys__, sorted(N.__required_keys__), N.__optional_keys__)


def counted():
    counted.calls += 1
    return counted.calls


counted.calls = 0
counted()
print(counted.__dict__, list(g.__dict__) == ["__wrapped__"], vars(counted))
counted.__dict__["tag"] = "t"
print(counted.tag)
del counted.tag
print(hasattr(counted, "tag"), counted.__dict__)
try:
    del counted.nothing
except AttributeError as e:
    print(e)
help(g)
