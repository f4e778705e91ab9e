# S32: a subclass of a NamedTuple class is a tuple class with its fields; TypedDict's __total__ and its refusal of
# isinstance; NewType's messages
import collections
import inspect
from typing import NamedTuple, NewType, TypedDict


class P(NamedTuple):
    x: int
    y: str = None


class Q(P):
    def double(self):
        return P(self.x * 2, self.y)


print(P.__doc__, Q.__doc__)
print(Q(2).double(), Q(3), Q(5, "a"), Q.__mro__, Q._fields, Q._field_defaults)
q = Q(5, "a")
print(q.x, q[1], isinstance(q, P), isinstance(q, tuple), q == (5, "a"), len(q), q._replace(x=1), q._asdict())
a, b = q
print(a, b, Q._make([7, "b"]))
print(inspect.signature(P), inspect.signature(Q), inspect.signature(collections.namedtuple("P2", "a b", defaults=[1])))
try:
    Q(1, 2, 3)
except TypeError as e:
    print(e)


class M(TypedDict, total=False):
    a: int


class N(TypedDict):
    b: str


print(M.__total__, N.__total__, M(a=1), type(M(a=1)))
for check in (lambda: isinstance({}, M), lambda: issubclass(dict, N), lambda: isinstance({}, (int, M))):
    try:
        check()
    except TypeError as e:
        print(e)
U = NewType("U", int)
print(U(3), U)
for check in (lambda: isinstance(U(3), U), lambda: isinstance(3, 5), lambda: issubclass(int, 5)):
    try:
        check()
    except TypeError as e:
        print(e)
try:
    class V(U):
        pass
except TypeError as e:
    print(e)
