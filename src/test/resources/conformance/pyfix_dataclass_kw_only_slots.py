# @dataclass(kw_only=True, slots=True), field(kw_only=True) and KW_ONLY (Python 3.10): keyword-only fields and __slots__ of the fields
from dataclasses import dataclass, field, KW_ONLY, fields
import dataclasses

@dataclass(slots=True, kw_only=True)
class Cfg:
    lr: float = 0.1
    epochs: int = 3

c = Cfg(lr=0.2)
print(c)
try:
    Cfg(0.2)
except TypeError as e:
    print("TypeError:", e)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Cfg.__slots__)
print(hasattr(c, '__dict__'))
c.lr = 0.5
print(c.lr)

@dataclass
class P:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int
print(P(1, z=3))
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
print([f.name for f in fields(P)])
print([f.kw_only for f in fields(P)])

@dataclass(kw_only=True)
class Q:
    a: int
    b: int = 2
print(Q(a=1))
try:
    Q()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class R:
    a: int = 1
    b: int = field(default=5, kw_only=True)
    c: int = field(kw_only=True)
print(R(2, c=4))
try:
    R(2, 3)
except TypeError as e:
    print("TypeError:", e)
print(R.__match_args__, Q.__match_args__, P.__match_args__)

@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__)
try:
    s.q = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(S(1)).__name__)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(1)
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("Frozen:", e)
print(hash(f) == hash(F(1)))
