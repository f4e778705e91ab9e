# S28: annotations in class bodies and at module level are evaluated when the statement runs (CPython 3.11,
# no `from __future__ import annotations`); a string annotation stays the string, a function's local ones are never evaluated
import dataclasses
import typing
from dataclasses import KW_ONLY, dataclass, field
from typing import ClassVar, List, NamedTuple, Optional, TypedDict, get_type_hints


class A:
    """A class."""
    x: int
    y: "float" = 1.0
    z: List[int] = []
    __hidden: str = "h"


print(A.__annotations__)
print(list(A.__dict__)[:3], A.y, A._A__hidden)


def order(what):
    print("evaluated", what)
    return what


class B:
    a: order("annotation") = order("value")
    p = 1
    if False:
        q: int


print(B.__annotations__, list(B.__dict__)[:2])


class Plain:
    p = 1


print("__annotations__" in Plain.__dict__, Plain.__annotations__, "__annotations__" in Plain.__dict__)


def f(a: int, b: Optional[str] = None) -> bool:
    inner: undefined_name = 5  # a function's own annotations are never evaluated
    return inner


print(f.__annotations__, f(1))


@dataclass
class D:
    a: int
    b: float = 0.5
    c: "list" = field(default_factory=list)
    shared: ClassVar[int] = 3
    count: typing.ClassVar = 0
    _: KW_ONLY
    k: Optional[str] = None


print([(fl.name, fl.type) for fl in dataclasses.fields(D)])
print({k: v for k, v in D.__annotations__.items() if k != "_"}, D.__annotations__["_"] is KW_ONLY)
print(dataclasses.fields(D)[0].type is int, isinstance(dataclasses.fields(D)[0].type, type), D.shared)
print(D(1, k="x"))
print(get_type_hints(D) == {"a": int, "b": float, "c": list, "shared": ClassVar[int], "count": ClassVar, "_": KW_ONLY, "k": Optional[str]})
print(get_type_hints(f))


@dataclass
class Config:
    lr: float = 0.1
    epochs: int = 3
    name: str = "run"


settings = {"lr": "0.01", "epochs": "10", "name": "big"}
print(Config(**{fl.name: fl.type(settings[fl.name]) for fl in dataclasses.fields(Config)}))


@dataclass
class Strings:
    a: "ClassVar[int]" = 1
    b: "dataclasses.KW_ONLY"
    c: "int" = 2


print([(fl.name, fl.type, fl.kw_only) for fl in dataclasses.fields(Strings)])


class Pt(NamedTuple):
    x: float
    y: "int" = 0


print(Pt.__annotations__, Pt(1.5))


class Movie(TypedDict):
    title: str
    year: "int"
    extra: None


print(Movie.__annotations__)

x: int = 5
y: List["Pt"]
print(__annotations__)
print("y" in globals())


class Holder:
    pass


h = Holder()
h.value: int = 3
h.other: order("attribute target")
d = {}
d["k"]: str = "v"
print(h.value, d, __annotations__)
