# enum.IntFlag (CPython 3.11: members are ints, combine with ints on either side, keep bits no
# member has), and super() inside a comprehension, which CPython 3.11 runs as a function of its
# own whose first argument is the iterator: a TypeError, while the outermost iterable (evaluated
# in the method) may use super().
import enum


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW, f'{RW}', format(Perm.R, '>4'), int(RW), RW == 6, Perm.R + 1, Perm.R | 8, repr(Perm.R | 8), repr(Perm.R & 0))
print(repr(~Perm.R), repr(Perm(7)), repr(Perm(0)), repr(Perm(8)), Perm.R in RW, list(RW), len(RW), bool(Perm(0)), hash(Perm.R) == hash(4))
print(repr(Perm.R ^ 5), repr(6 & Perm.R), repr(1 | Perm.W), Perm.R.name, RW.name, Perm.R.value, isinstance(Perm.R, enum.Flag), list(Perm), Perm['W'])
print(sorted([Perm.R, Perm.X, Perm.W]), Perm.R < 5, {Perm.R: 'r'}[4], Perm.R * 2, -Perm.R, Perm.R >> 1, RW is (Perm.W | Perm.R))


class Color(enum.IntFlag):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()


print(list(Color), repr(Color.RED | Color.BLUE), Color.GREEN.value, Color(3), repr(Color(3)))
for call in [lambda: Perm('x'), lambda: Perm.R | 'a', lambda: Perm.R | Color.RED]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class A:
    def f(self):
        return 'A.f'

    def items(self):
        return [1, 2]


class B(A):
    def listcomp(self):
        return [super().f() for _ in range(2)]

    def genexp(self):
        return list(super().f() for _ in range(2))

    def outer_iterable(self):
        return [x * 10 for x in super().items()]

    def dictcomp(self):
        return {k: super().f() for k in 'ab'}

    def lambda_inside(self):
        return [(lambda s=self: super(B, s).f())() for _ in range(1)]


b = B()
print(b.outer_iterable(), b.lambda_inside())
for name in ['listcomp', 'genexp', 'dictcomp']:
    try:
        print(getattr(b, name)())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__, e)


def plain():
    return [super() for _ in range(1)]


try:
    plain()
except RuntimeError as e:
    print('plain', e)
