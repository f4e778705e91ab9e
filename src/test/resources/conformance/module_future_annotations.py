from __future__ import annotations
from __future__ import division, print_function
import __future__


def scale(x: Later, k: int = 2) -> Later:
    return x * k


print(scale(3), scale("ab"))
print(scale.__annotations__)
print(__future__.annotations)
print(type(__future__.division).__name__)
