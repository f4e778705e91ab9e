# copy.copy and copy.deepcopy as copy.py does them: the memo passed to __deepcopy__ and given again,
# __reduce__, __getstate__/__setstate__, tuples that are their own copies, namedtuples copied anew.
import copy
class Box:
    def __init__(self, items): self.items = items
    def __deepcopy__(self, memo):
        print("memo is dict:", isinstance(memo, dict))
        return Box(copy.deepcopy(self.items, memo))
shared = [1, 2]
pair = [Box(shared), shared]
c = copy.deepcopy(pair)
print(c[0].items is c[1], c[0].items == shared, c[0].items is shared)
pair2 = [shared, Box(shared)]
c2 = copy.deepcopy(pair2)
print(c2[1].items is c2[0])
memo = {}
a = copy.deepcopy(shared, memo); b = copy.deepcopy(shared, memo)
print(a is b, id(shared) in memo)
class Cyc:
    def __init__(self): self.me = self
x = copy.deepcopy(Cyc()); print(x.me is x)
import collections
P = collections.namedtuple("P", "a b")
p = P([1], [2]); q = copy.deepcopy(p); print(q, q.a is p.a, copy.copy(p) is p)
t = ([1],); print(copy.deepcopy(t)[0] is t[0], copy.deepcopy((1, 2)) is not None)
class S:
    __slots__ = ("a",)
    def __init__(self): self.a = [1]
s = copy.deepcopy(S()); print(s.a)
class G:
    def __getstate__(self): return {"v": 1}
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st)
g = copy.deepcopy(G()); print(g.v)
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x * 2,))
print(copy.deepcopy(R(3)).x, copy.copy(R(3)).x)
