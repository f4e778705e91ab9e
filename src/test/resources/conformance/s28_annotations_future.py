# S28: under `from __future__ import annotations` (PEP 563) every annotation is kept as its text, as ast.unparse writes it
from __future__ import annotations

import dataclasses
import typing
from typing import List, get_type_hints


class A:
    x: int
    y: "float" = 1.0
    z: List[int] = []
    w: dict[str, list[int]] | None
    v: 'a' "b"
    u: undefined_name
    t: (1, 2)


print(A.__annotations__)


def f(a: int, b: "str" = "s", *args: float, **kw: undefined) -> List[int]:
    return []


print(f.__annotations__)


@dataclasses.dataclass
class D:
    a: int
    _: dataclasses.KW_ONLY
    c: int = 3
    n: typing.ClassVar[int] = 1


print([(fl.name, fl.type, fl.kw_only) for fl in dataclasses.fields(D)])
print({k: v for k, v in get_type_hints(D).items() if k != "_"})
x: int = 3
print(__annotations__)
