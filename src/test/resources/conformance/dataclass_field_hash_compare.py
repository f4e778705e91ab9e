# dataclasses.field(hash=, compare=, repr=): the generated __eq__ and order compare the fields with
# compare=True; the generated __hash__ hashes the tuple of the fields whose hash is true, or, when
# hash is None, whose compare is; repr=False leaves a field out of the repr
from dataclasses import dataclass, field, fields, InitVar


@dataclass(frozen=True)
class A:
    x: int
    y: int = field(compare=False)
    z: int = field(default=0, hash=False)
    w: int = field(default=0, hash=True, compare=False)
    r: int = field(default=0, repr=False)


a, b = A(1, 2, 3, 4, 5), A(1, 9, 3, 4, 5)
print(a, a == b, hash(a) == hash(b), hash(a) == hash((1, 4, 5)), hash(a))
print(A(1, 2, 3, 4) == A(1, 2, 7, 4), hash(A(1, 2, 3, 4)) == hash(A(1, 2, 7, 4)))
print(A(1, 2, 3, 4) == A(1, 2, 3, 8), hash(A(1, 2, 3, 4)) == hash(A(1, 2, 3, 8)))
print(A(1, 2, 3, 4, 5) == A(1, 2, 3, 4, 6), hash(A(1, 2, 3, 4, 5)) == hash(A(1, 2, 3, 4, 6)))
print([(f.name, f.compare, f.hash, f.repr) for f in fields(A)])
print(field(hash=False).hash, field().hash, field(compare=False).compare, field(hash=1).hash)


@dataclass(unsafe_hash=True)
class U:
    x: int
    y: list = field(default_factory=list, hash=False)
    z: int = field(default=0, compare=False)
    k: InitVar[int] = 0


print(hash(U(1, [2])) == hash((1,)), hash(U(1, [2], 5)) == hash(U(1, [3], 6)), U(1, [2], 5) == U(1, [2], 6), U(1) == U(1, [1]))
print(U(1, [2], 3, 4))


@dataclass(order=True)
class O:
    x: int
    y: int = field(compare=False)


print(O(1, 5) < O(2, 0), O(1, 5) <= O(1, 0), O(1, 5) == O(1, 0), O(1, 5) > O(1, 0), O.__hash__)
try:
    hash(O(1, 2))
except Exception as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Empty:
    x: int = field(compare=False)
    y: int = field(default=0, hash=False, repr=False)


print(hash(Empty(1)) == hash(()), Empty(1) == Empty(2), Empty(1, 2) == Empty(2, 3), Empty(1, 2))


@dataclass(eq=False)
class NE:
    x: int = field(hash=True)


print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
