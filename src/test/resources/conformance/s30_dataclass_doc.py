# S30: a dataclass without a docstring gets one naming its __init__'s signature; a NamedTuple's names its fields;
# a class's own docstring stays
import collections
import dataclasses
import inspect
from dataclasses import KW_ONLY, dataclass, field
from typing import List, NamedTuple, Optional


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


@dataclass(kw_only=True)
class Base:
    a: int = 1


@dataclass
class Child(Base):
    b: "float"
    items: List[int] = field(default_factory=list)
    hidden: int = field(default=3, init=False)
    _: KW_ONLY
    tag: Optional[str] = None


@dataclass
class Documented:
    """Own words."""
    v: int


@dataclass(init=False)
class NoInit:
    v: int


@dataclass
class OwnInit:
    v: int

    def __init__(self, w, z=2):
        self.v = w


class Node:
    pass


@dataclass
class Tree:
    root: Node
    left: "Tree" = None


print(P.__doc__)
print(Base.__doc__)
print(Child.__doc__)
print(Documented.__doc__, NoInit.__doc__, OwnInit.__doc__, Tree.__doc__)
print(inspect.signature(Child))
Point = collections.namedtuple("Point", "x y")
print(Point.__doc__)


class Pt(NamedTuple):
    x: float
    y: float = 0.0


class Described(NamedTuple):
    """A described pair."""
    a: int


print(Pt.__doc__, Described.__doc__)
