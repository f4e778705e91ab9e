# Library values as dict keys and set items: == and hash() agree with CPython's, equal values
# built differently are one key, and hash() is printed where CPython's is deterministic.
import dataclasses
import typing
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from fractions import Fraction


def check(name, a, b):
    try:
        same_hash = hash(a) == hash(b)
        found, n = {a: 1}.get(b), len({a, b})
    except TypeError as e:
        same_hash = found = n = "TypeError: " + str(e)
    print(name, a == b, a != b, same_hash, found, n)


# timedelta: hashed as the tuple (days, seconds, microseconds)
check("timedelta", timedelta(seconds=60), timedelta(minutes=1))
check("timedelta float", timedelta(seconds=1.0), timedelta(seconds=True))
print(hash(timedelta(1, 2, 3)), hash(timedelta(0)), hash(timedelta(-1)), hash(timedelta(microseconds=-1)), hash(timedelta(seconds=0.5)))

# aware datetimes and times: equal instants in different zones are one key, hashed as CPython does
utc, plus1 = timezone.utc, timezone(timedelta(hours=1))
check("aware datetime", datetime(2020, 1, 1, 12, tzinfo=utc), datetime(2020, 1, 1, 13, tzinfo=plus1))
check("aware datetime fold", datetime(2020, 1, 1, 12, tzinfo=utc), datetime(2020, 1, 1, 12, tzinfo=utc, fold=1))
check("aware time", time(12, tzinfo=utc), time(13, tzinfo=plus1))
check("naive datetime fold", datetime(2020, 1, 1, 1), datetime(2020, 1, 1, 1, fold=1))
print(datetime(2020, 1, 1, 12, tzinfo=utc) == datetime(2020, 1, 1, 12), date(2020, 1, 1) == datetime(2020, 1, 1))
print(hash(datetime(2020, 1, 1, 12, tzinfo=utc)), hash(datetime(2020, 1, 1, 13, 30, 1, 5, tzinfo=plus1)), hash(datetime(1, 1, 1, 0, 30, tzinfo=utc)))
print(hash(time(0, 30, tzinfo=plus1)), hash(time(23, 59, 59, 999999, tzinfo=utc)))
check("timezone", timezone(timedelta(hours=1)), timezone(timedelta(minutes=60)))

# types.GenericAlias: equal by == of its arguments
check("list[int]", list[int], list[int])
check("tuple[1]", tuple[1], tuple[1.0])
check("list[int] list", list[int], list)

# typing: a Union equals the types.UnionType of the same types, in any order, nested unions flattened
check("typing.List", typing.List[int], typing.List[int])
check("Union order", typing.Union[int, str], typing.Union[str, int])
check("Union |", typing.Union[int, str], int | str)
check("Optional Union", typing.Optional[typing.Union[int, str]], int | str | None)
check("Optional", typing.Optional[int], typing.Union[int, None])
print(typing.Optional[typing.Union[int, str]], typing.Union[int, typing.Union[str, float]], typing.Union[int, str, None])
print(typing.List[None], typing.Callable[[int], None], typing.Dict[str, None], typing.Optional[None], typing.Tuple[None, int])
print(typing.Optional[typing.Union[int, str]].__args__)

# Decimal and Fraction: equal to the numbers they are, hashed alike
check("Decimal Fraction", Decimal("0.5"), Fraction(1, 2))
check("Decimal", Decimal("1.0"), Decimal(1))
check("Decimal float", Decimal("1.50"), 1.5)
print(Decimal("0.5") < Fraction(2, 3), Fraction(2, 3) > Decimal("0.5"), Decimal("0.3") == Fraction(1, 3), Decimal("0.3") <= Fraction(1, 3), Fraction(1, 3) >= Decimal("0.3"))
print(hash(Decimal("2.5")), hash(Decimal("-0")), hash(Fraction(1, 3)), hash(Fraction(-1, 3)))


# dataclasses: frozen and unsafe_hash hash the tuple of their fields; eq alone is unhashable
@dataclasses.dataclass(frozen=True)
class Frozen:
    x: float


@dataclasses.dataclass
class Plain:
    x: int


@dataclasses.dataclass(unsafe_hash=True)
class Unsafe:
    x: int


check("frozen", Frozen(0.0), Frozen(-0.0))
check("eq only", Plain(1), Plain(1))
check("unsafe_hash", Unsafe(1), Unsafe(True))
print(hash(Frozen(1)) == hash((1,)), hash(Frozen(2.5)), hash(Unsafe(3)))
try:
    @dataclasses.dataclass(unsafe_hash=True)
    class Own:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)


# a __hash__ that returns an int of a machine word is the hash as it is
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print([hash(H(h)) for h in [2**62, -2**63, 2**63, 2**64 + 5, -1, True, 2**61 - 1, 2**61]])

# timezone: hashed as its offset's timedelta, its name aside
print(hash(timezone.utc), hash(timezone(timedelta(hours=1))), hash(timezone(timedelta(hours=-5, minutes=-30), "X")))
print(hash(timezone.utc) == hash(timedelta(0)), timezone.utc == timezone(timedelta(0), "UTC"), {timezone.utc: 1}.get(timezone(timedelta(0), "Z")))
print(hash(datetime.max.replace(tzinfo=timezone.utc)), hash(datetime.min.replace(tzinfo=timezone(timedelta(hours=-1)))))
print(timedelta(1) == 86400, timedelta(0) == 0, {timedelta(0): 1}.get(0))

# typing.Literal: its values with their types, in any order, repeats dropped
L = typing.Literal
print(L[1, 2] == L[2, 1], L[1, 1] == L[1], L[1] == L[True], L[1] == L[1.0], L['a'] == L['a'], {L[1, 2]: 1}.get(L[2, 1]))
print(L[1, 2], L[1, 1], L[True, 1])
print(typing.Tuple[int, str] == typing.Tuple[int, str], typing.Tuple[int, str] == typing.Tuple[str, int], typing.Callable[[int], str] == typing.Callable[[int], str])
print({typing.Callable[[int], str]: 1}.get(typing.Callable[[int], str]), typing.List[int] == list[int], typing.Dict[str, int] == typing.Dict[str, int])
