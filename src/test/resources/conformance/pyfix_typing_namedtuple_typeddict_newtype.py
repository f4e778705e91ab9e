# typing.NamedTuple (class form with defaults, methods, a property; the call form), TypedDict, NewType, get_type_hints, Literal and Self printed
from typing import NamedTuple, TypedDict, NewType, get_type_hints, Self, Literal, List, Optional
import typing
class Pt(NamedTuple):
    """A point."""
    x: float
    y: float = 0.0
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    @property
    def swapped(self):
        return Pt(self.y, self.x)
p = Pt(3, 4)
print(p, p.norm(), p.x, p[1], len(p), isinstance(p, tuple), p == (3, 4))
print(Pt._fields, Pt._field_defaults, Pt._make([1, 2]), p._asdict(), p._replace(y=5))
print(Pt(1), Pt(x=2), p.swapped, Pt.__doc__)
a, b = p
print(a, b, tuple(p), list(p), hash(p) == hash((3, 4)), p + (1,), sorted([Pt(2, 1), Pt(1, 2)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Pt()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, Pt.__name__, repr(Pt))
print(get_type_hints(Pt))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("a", 3)
print(e, Emp._fields)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m), m["title"], Movie.__annotations__ if False else "")
m2: Movie = {"title": "y", "year": 2}
print(m2)
UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u), UserId, UserId.__name__)
def f(a: int, b: "str" = "x") -> List[int]: ...
print(get_type_hints(f))
class C:
    x: int
    y: Optional[str]
print(get_type_hints(C))
print(Literal["a", "b"], Literal[1, 2], Self)
try:
    isinstance([1], list[int])
except TypeError as e:
    print(e)
try:
    isinstance([1], List[int])
except TypeError as e:
    print(e)
class M2(TypedDict, total=False):
    a: int
print(M2(a=1), M2())
