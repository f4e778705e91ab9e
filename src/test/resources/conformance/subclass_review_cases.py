# Review cases: dict.__init__ updates, super() into the built-in type's special methods, copy() of collections subclasses, AttrDict.
import collections


class D(dict):
    def __init__(self):
        self["a"] = 1
        super().__init__(b=2)


print(D())


class C(collections.Counter):
    def __init__(self, s):
        self["z"] = 5
        super().__init__(s)


print(C("ab"))


class Stack(list):
    def __repr__(self):
        return "Stack" + super().__repr__()

    def __str__(self):
        return "<" + super().__str__() + ">"

    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = None


s = Stack([1, 2])
print(repr(s), str(s), s == [1, 2], s == [3])


class Pretty(dict):
    def __repr__(self):
        return "Pretty" + dict.__repr__(self)


print(Pretty(a=1), [Pretty()])


class CI(str):
    __hash__ = str.__hash__

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())


print(CI("Ab") == "aB", hash(CI("x")) == hash("x"), {CI("k"): 1}[CI("k")], super(CI, CI("q")).__str__(), format(CI("z"), ">3"))


class Cnt(collections.Counter):
    pass


class Od(collections.OrderedDict):
    pass


class Dd(collections.defaultdict):
    pass


class Dq(collections.deque):
    pass


for x in [Cnt("aab"), Od(a=1), Dd(list, {"k": [1]}), Dq([1, 2], maxlen=3), Stack([1]), D()]:
    y = x.copy()
    print(type(y).__name__, y, y == x, y is x)


class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self


cfg = AttrDict(lr=0.1, epochs=3)
cfg.batch = 32
print(cfg.lr, cfg.epochs, cfg["batch"], cfg, vars(cfg) == cfg, hasattr(cfg, "momentum"))
try:
    cfg.momentum
except AttributeError as e:
    print("AttributeError:", e)
