# match statements: class patterns (positional through __match_args__, keywords), built-in classes,
# dataclasses and namedtuples, and the TypeErrors CPython raises.
from dataclasses import dataclass
from collections import namedtuple


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x}, {y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 4), Point(5, 0), Point(2, 2), Point(1, 3), Point3(1, 2, 0), Point3(0, 0, 9), "nope"]:
    print(where(p))

# built-in classes match the subject itself with one positional pattern
for v in [3, 2.5, "s", [1], (1,), {"a": 1}, {1}, True, None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list([x]):
            print("list of one", x)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set():
            print("a set")
        case _:
            print("other", v)


@dataclass
class Move:
    dx: int
    dy: int = 0


for m in [Move(1), Move(0, 2), Move(3, 3)]:
    match m:
        case Move(0, dy):
            print("vertical", dy)
        case Move(dx, 0):
            print("horizontal", dx)
        case Move(dx=a, dy=b):
            print("diagonal", a, b)
print(Move.__match_args__)

Pair = namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(l, r):
        print("pair", l, r)
print(Pair.__match_args__)

# a missing attribute means no match, not an error
class Empty:
    pass


match Empty():
    case Empty(missing=1):
        print("matched?")
    case Empty():
        print("an Empty without that attribute")

# the TypeErrors of class patterns
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


def attempt(subject, which):
    try:
        if which == 0:
            match subject:
                case NoArgs(1):
                    pass
        elif which == 1:
            match subject:
                case ListArgs(1):
                    pass
        elif which == 2:
            match subject:
                case IntArgs(1):
                    pass
        elif which == 3:
            match subject:
                case Point(1, 2, 3):
                    pass
        elif which == 4:
            match subject:
                case Point(1, x=2):
                    pass
        elif which == 5:
            match subject:
                case int(1, 2):
                    pass
        else:
            match subject:
                case len():
                    pass
    except TypeError as e:
        print("TypeError:", e)


for which, subject in enumerate([NoArgs(), ListArgs(), IntArgs(), Point(1, 2), Point(1, 2), 5, 5]):
    attempt(subject, which)
# a subject that is not an instance is never asked for its attributes
attempt(Point(1, 2), 0)
