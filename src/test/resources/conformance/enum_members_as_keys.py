# enum: a _single_underscore name is a member (not a sunder, dunder or private name); IntEnum/StrEnum members are the same dict/set keys as their values
from enum import Enum, IntEnum, StrEnum
class C(Enum):
    A = 1
    _b = 2
    __d = 4
    __e__ = 5
print(list(C), len(C))
class I(IntEnum):
    X = 1
    Y = 2
class S(StrEnum):
    A = "a"
d = {I.X: 'a'}
print(d.get(1), I.X in {1, 2}, len({I.X, 1}), {'a': 1}.get(S.A), {1: 'one'}[I.X], d)
d[1] = 'b'
print(d, list(d))
