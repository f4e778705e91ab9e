# hash() and dict keys of the built-in values, as CPython 3.11: numbers equal across types are one key and
# hash alike (1, 1.0, True, 1+0j, Fraction(2, 2)), -1 hashes as -2, ints modulo 2**61 - 1; lists, dicts, sets,
# bytearrays and (until 3.12) slices are unhashable.
from fractions import Fraction
import datetime
for v in [1, 1.0, True, -1, 2**61, 2**61 - 1, -2**61, 1.5, -0.0, float('inf'), (1, 2), (1, (2, 3)), frozenset({1, 2}), frozenset(), 1+2j, 3+0j, b'ab', Fraction(1, 3), Fraction(4, 2), datetime.date(2020, 1, 2) == datetime.date(2020, 1, 2)]:
    try:
        print(repr(v), hash(v) if not isinstance(v, (bytes, frozenset)) else hash(v) == hash(v))
    except TypeError as e:
        print("TypeError", e)
for v in [slice(1, 2), [1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        print(hash(v))
    except TypeError as e:
        print("TypeError", e)
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, {0.5: 1, Fraction(1, 2): 2}, {frozenset({1}): 1}[frozenset([1])], {(1, 2.0): 'x'}[(1.0, 2)])
print({1+0j: 'c'}[1], {Fraction(6, 3): 'f'}[2])
print(sorted({range(2): 1, range(3): 2}.values()))
import enum
class C(enum.Enum):
    A = 1
print({C.A: 1}[C.A], hash(C.A) == hash(C.A))
from collections import namedtuple
P = namedtuple("P", "x y")
print({P(1, 2): 'p'}[(1, 2)], hash(P(1, 2)) == hash((1, 2)))
import datetime, statistics
a = datetime.datetime(2021, 11, 7, 1, 30)
b = a.replace(fold=1)
print(a == b, hash(a) == hash(b), {a: 1}.get(b))
t = datetime.time(1, 30)
print(t == t.replace(fold=1), {t: 1}.get(t.replace(fold=1)))
n1, n2 = statistics.NormalDist(0.0, 1), statistics.NormalDist(-0.0, 1.0)
print(n1 == n2, hash(n1) == hash(n2), {n1: 1}.get(n2))
print(datetime.timedelta(days=1) == datetime.timedelta(hours=24), {datetime.timedelta(days=1): 1}.get(datetime.timedelta(seconds=86400)))
print({list[int]: 1}.get(list[int]), {int | str: 1}.get(int | str), {int | str: 1}.get(str | int))
print(hash(statistics.NormalDist(1, 2)) == hash((1.0, 2.0)), hash(statistics.NormalDist(0.5, 2.5)))
# frozenset: CPython's frozenset_hash (its items' hashes shuffled and xor-ed, mixed with its size), so a set of frozensets iterates in CPython's order
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({1, 2.5, -1})), hash(frozenset({(1, 2), frozenset({3})})), hash(frozenset(range(100))))
print(hash(frozenset({1, 2})) == hash(frozenset({2.0, True})), [sorted(x) for x in {frozenset({i, i + 1}) for i in range(10)}])
# bound methods: equal when of the same function and the same object, and one key so; keys and items views are unhashable
class Methods:
    def f(self):
        pass

    @classmethod
    def c(cls):
        pass


m, xs = Methods(), [1]
for name, a, b in [("method", m.f, m.f), ("other object", m.f, Methods().f), ("classmethod", Methods.c, Methods.c), ("list.append", xs.append, xs.append), ("other list", xs.append, [1].append), ("str.upper", "a".upper, "a".upper), ("len", len, len)]:
    print(name, a == b, a != b, hash(a) == hash(b), {a: 1}.get(b), len({a, b}))
for v in [{1: 2}.keys(), {1: 2}.items(), {1: 2}.values()]:
    try:
        print(type(v).__name__, hash(v) == hash(v), len({v, v}))
    except TypeError as e:
        print("TypeError", e)
# closure cells: equal by their contents (two empty ones too), and unhashable
def _cells():
    def mk(v):
        def g():
            return v
        return g
    def empty():
        def g():
            return w
        print(g.__closure__[0] == g.__closure__[0])
        w = 1
        print(g.__closure__[0] == mk(1).__closure__[0], g.__closure__[0] != mk(2).__closure__[0])
    empty()
    print(mk(1).__closure__ == mk(True).__closure__, mk([1]).__closure__[0] == mk([1]).__closure__[0])
    try:
        hash(mk(1).__closure__)
    except TypeError as e:
        print(e)


_cells()
