# A subclass's built-in methods, conversions and class methods as CPython's: list/dict/str/int/float/tuple/set subclasses, Counter with __missing__.
import math, copy, collections, io
class F(float): pass
print(math.sqrt(F(4.0)), math.floor(F(2.5)), F(2.5).as_integer_ratio(), F(1) / 3, max([F(1.5), 2]))
class L(list): pass
l = L([3, 1, 2])
print(sorted(l), l.sort(), l, min(l), enumerate(l).__next__(), dict(zip(l, "abc")), any(l), "%s" % l, f"{l!r}", str([l]))
print(L([1]) == L([1]), L([1]) is L([1]), l.__class__, L.__bases__, issubclass(L, list), L.__name__, L.mro())
print(type(l) == list, type(l) is L, isinstance(l, (dict, list)), l.__len__(), l.__getitem__(0), list.__len__(l), list.append(l, 9), l)
class D(dict): pass
d = D(a=1)
d2 = d | {"b": 2}
print(d2, type(d2).__name__, d.keys(), d.items(), list(d.values()), D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
d |= {"c": 3}
print(d, type(d).__name__, d.setdefault("z", 5), d.pop("a"), d, len(d), d.copy())
class S(str): pass
s = S("Hello")
print(s.lower(), s.count("l"), s.find("l"), s.isalpha(), s.format(), s % (), s.center(9, "*"), repr(s), ascii(s), ord(S("a")), s.zfill(8))
print(sorted([S("b"), "a", S("c")]), S("x") in {"x": 1}, {S("k"): 1} == {"k": 1}, S(5), S([1, 2]), S(), str(S("q")) + "!", type(str(S("q"))).__name__)
class I(int): pass
print(I(7) // 2, I(7) / 2, I(3) << 2, I(6) & 3, I(2) ** 10, bin(I(5)), hex(I(255)), I(True), I("  12 "), I(3.9), isinstance(I(1), bool), I(1) == True)
print(divmod(I(7), I(2)), pow(I(2), 3, 5), I(-4).__abs__(), I(10).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "big"), I.from_bytes(b"\x01", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
class T(tuple): pass
t = T([1, 2, 2])
print(t.count(2), t.index(2), t[1:], type(t[1:]).__name__, t + t, t * 2, hash(t) == hash((1, 2, 2)), T(), len(T("abc")), (1, 2, 2) == t, t < (1, 3))
c = copy.deepcopy({"k": L([1, [2]])})
print(c, type(c["k"]).__name__)
class Cnt(collections.Counter):
    def __missing__(self, key):
        return -1
cc = Cnt("aab")
print(cc["z"], cc["a"], cc + collections.Counter("b"), type(cc + collections.Counter("b")).__name__, -cc, cc.most_common())
class Sx(set):
    def add(self, x):
        super().add(x * 10)
sx = Sx()
sx.add(1)
sx.update([2])
print(sx, sx - {10}, type(sx - {10}).__name__, sx.issubset({10, 2, 3}), frozenset(sx) == {10, 2})
