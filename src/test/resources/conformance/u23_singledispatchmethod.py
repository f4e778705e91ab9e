# U23: functools.singledispatchmethod dispatches on the first argument after self (or cls), with
# implementations registered by class, by annotation, as classmethods and staticmethods.
from functools import singledispatchmethod


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def show(self, arg):
        """Show anything."""
        return f"{self.prefix} object {arg!r}"

    @show.register
    def _(self, arg: int):
        return f"{self.prefix} int {arg}"

    @show.register(list)
    def _(self, arg):
        return f"{self.prefix} list of {len(arg)}"

    @show.register
    def _(self, arg: float | bytes):
        return f"{self.prefix} number {arg}"


f = Formatter(">")
print(f.show(3), f.show(True), f.show([1, 2]), f.show(2.5), f.show("s"), f.show(None), f.show(b"x"))
print(Formatter.show(f, 4), f.show.__name__, f.show.__doc__, Formatter.show.__qualname__)
print(type(Formatter.__dict__["show"]).__name__, callable(f.show))


class Negator:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        raise NotImplementedError(f"cannot negate {type(arg).__name__}")

    @neg.register
    @classmethod
    def _(cls, arg: int):
        return cls.__name__, -arg

    @neg.register
    @classmethod
    def _(cls, arg: bool):
        return cls.__name__, not arg

    @singledispatchmethod
    @staticmethod
    def twice(arg):
        return arg * 2

    @twice.register
    @staticmethod
    def _(arg: str):
        return arg + "!" + arg


class Sub(Negator):
    pass


print(Negator.neg(5), Negator.neg(True), Sub.neg(7), Sub().neg(1), Negator.twice(4), Negator().twice("ab"))
try:
    Negator.neg(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    singledispatchmethod(3)
except TypeError as e:
    print("TypeError:", e)
try:
    f.show()
except IndexError as e:
    print("IndexError:", e)
