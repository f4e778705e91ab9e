# S30: a class's __dict__ is a read-only live view of its namespace (mappingproxy); vars(C) is the same
from dataclasses import dataclass


class W:
    "doc"
    a = 1

    def m(self):
        return self


print(type(W.__dict__).__name__, "a" in W.__dict__, W.__dict__["a"], W.__dict__.get("zz"), vars(W)["a"])
print([k for k in W.__dict__ if not k.startswith("__")], W.__dict__.get("__doc__"), W.__dict__["m"] is W.m)
try:
    W.__dict__["b"] = 2
except TypeError as e:
    print(e)
try:
    del W.__dict__["a"]
except TypeError as e:
    print(e)
W.b = 3
print(sorted(k for k in vars(W) if not k.startswith("__")), "b" in W.__dict__)


@dataclass(slots=True)
class S:
    a: int


print(S.__dict__.get("__dict__"), S.__dict__["__slots__"])
print({k: v for k, v in vars(W).items() if k in ("a", "b")})
