# Protocols students meet: iter(callable, sentinel), __index__ in bin/oct/hex, cls.mro(),
# itertools objects as iterators, staticmethod/classmethod objects, Counter comparisons.
import itertools
from collections import Counter

chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
it = iter(tick, 4)
print(type(it).__name__, list(it), list(it), calls)
try:
    iter(5, None)
except TypeError as e:
    print(e)

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Num(5)), oct(Num(8)), hex(Num(255)), bin(Num(-3)))

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.mro()], D.mro() == list(D.__mro__), type(D.mro()).__name__)

c = itertools.cycle("ab")
print(c.__next__(), next(c), c.__next__(), iter(c) is c, c.__iter__() is c)
cnt = itertools.count(3)
print(cnt.__next__(), next(cnt), hasattr(itertools.repeat(1), "__next__"), hasattr(itertools.chain([1]), "__iter__"))
g = itertools.groupby("aab")
k, grp = g.__next__()
print(k, grp.__next__(), list(grp))

class K:
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return "p"
sm, cm, pr = K.__dict__["s"], K.__dict__["c"], K.__dict__["p"]
print(type(sm), type(cm), type(pr), isinstance(sm, staticmethod), isinstance(cm, classmethod))
print(sm.__func__(), cm.__func__(K), sm.__func__.__name__, cm.__func__.__qualname__, pr.fget(K()), pr.fset, pr.fdel, sm.__wrapped__ is sm.__func__)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0), Counter(a=1, b=0) == {"a": 1}, Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter(), Counter("ab") < Counter("abc"))
print(Counter(a=1, b=-1) <= Counter(a=1), [Counter(x=0)] == [Counter()])
try:
    Counter(a=1) < {"a": 2}
except TypeError as e:
    print(e)
