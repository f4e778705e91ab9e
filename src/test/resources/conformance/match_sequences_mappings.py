# match statements: sequence and mapping patterns, star captures, nested patterns.
from collections import OrderedDict, defaultdict, deque


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
        case _:
            return f"not a sequence: {v!r}"


for v in [[], [1], (1, 2), [1, 2, 3], range(5), deque([4, 5]), "ab", b"ab", {1, 2}, {"a": 1}, 3]:
    print(shape(v))

# *_ matches any rest and binds nothing
match [1, 2, 3, 4]:
    case [1, *_]:
        print("starts with 1")

# star in the middle, nested sequences, or-patterns inside
points = [(0, 0), (1, 0), (0, 1), (2, 3), [5, [6, 7]]]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0) | (0, x):
            print("on an axis at", x)
        case [a, [b, c]]:
            print("nested", a, b, c)
        case (a, b):
            print("point", a, b)

# command parsing, the tutorial's example
for command in ["go north", "look", "drop sword shield", "quit", "dance wildly"]:
    match command.split():
        case [action]:
            print("single", action)
        case ["go", direction]:
            print("going", direction)
        case ["drop", *objects]:
            print("dropping", objects)
        case [action, obj]:
            print("do", action, "to", obj)

# mapping patterns: extra keys are ignored, **rest collects them
events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "key", "key": "q", "mods": []},
    {"type": "scroll", "delta": -3, "smooth": True},
    {"kind": "unknown"},
    OrderedDict(type="key", key="z"),
]
for e in events:
    match e:
        case {"type": "click", "x": x, "y": y}:
            print("click at", x, y)
        case {"type": "key", "key": k, **rest}:
            print("key", k, rest)
        case {"type": kind, **rest}:
            print("other", kind, rest)
        case {}:
            print("a mapping:", e)

# a defaultdict is matched with get(): no key is added
d = defaultdict(list)
match d:
    case {"missing": v}:
        print("found", v)
    case _:
        print("not found", dict(d))

# a mapping pattern with a value key
class K:
    NAME = "name"


match {"name": "ada"}:
    case {K.NAME: str(n)}:
        print("named", n)

# as-patterns around sequences and mappings
match [1, [2, 3]]:
    case [1, [_, _] as inner] as whole:
        print(inner, whole)

# sequences do not match strings; mappings do not match lists
for v in ["abc", [("a", 1)]]:
    match v:
        case [a, b, c]:
            print("three items", a, b, c)
        case {"a": 1}:
            print("mapping")
        case _:
            print("neither", v)
