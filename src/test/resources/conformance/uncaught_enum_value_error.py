# calling an enum with a value none of its members has
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color(2))
print(Color(5))
