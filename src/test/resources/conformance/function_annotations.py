# A def's annotations are evaluated when the def runs and kept in __annotations__ (return under 'return').
from typing import List, Optional


def order(x):
    print("evaluating", x)
    return x


def f(a: order(int) = order(1), *args: order("star"), b: order(float) = order(2.0), **kw: order(dict)) -> order(bool):
    return True


print(f.__annotations__)


def scale(xs: List[float], factor: "float" = 2.0) -> Optional[List[float]]:
    return [x * factor for x in xs]


print(scale.__annotations__, scale([1.0, 2.0]))


def plain(x, y=1):
    return x + y


print(plain.__annotations__, (lambda v: v).__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)


class Model:
    def forward(self, x: int, /, y: int = 0, *, scale: float = 1.0) -> "Model":
        return self


print(Model.forward.__annotations__, Model().forward.__annotations__ is Model.forward.__annotations__)
try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
