# collections.UserList, UserDict and UserString subclassed as students do (a Stack, a case-insensitive dict, a
# counting dict with __missing__): their methods go through the instance, results are of the subclass
from collections import UserList, UserDict, UserString
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2]); s.push(3)
print(s, len(s), s.data, s[0], s[-1], s[1:], type(s[1:]).__name__, type(s).__name__, s + [4], [0] + s, type(s + [4]).__name__, isinstance(s, UserList))
s += (5,); s.extend(Stack([6])); s *= 1
print(s, s * 2, 3 in s, s.index(3), s.count(1), s.pop(), s == [1, 2, 3, 4, 5], s < [2], list(s), sorted(s, reverse=True), list(reversed(s)))
s[0] = 10; del s[1]; s.insert(0, -1); s.sort(); s.reverse()
print(s, s.copy(), type(s.copy()).__name__, UserList(), UserList("ab"), UserList(s).data is s.data)
class Safe(UserList):
    def __getitem__(self, i):
        if isinstance(i, int) and i >= len(self.data):
            raise IndexError(i)
        return super().__getitem__(i) * 10 if isinstance(i, int) else super().__getitem__(i)
print(list(Safe([1, 2])), [x for x in Safe([3])])
class D(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = D({"A": 1}, B=2); d["C"] = 3; d.update([("E", 5)], F=6); d.setdefault("G", 7)
print(d, d.data, "a" in d, len(d), dict(d), d.get("b"), d.get("z", 0), d["c"], list(d), sorted(d.keys()), d.pop("a"), d.pop("zz", None), d == {"b": 2, "c": 3, "e": 5, "f": 6, "g": 7})
class Counts(UserDict):
    def __missing__(self, key):
        return 0
c = Counts()
print(c["x"], c.copy(), type(c.copy()).__name__, UserDict(a=1) | {"b": 2}, type(Counts() | {}).__name__)
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
class S(UserString):
    pass
u = S("hello")
print(u, repr(u), u.upper(), type(u.upper()).__name__, u + "!", type(u + "!").__name__, len(u), u.data, u[1:3], type(u[1:3]).__name__, u.split("l"), u.find("l"), u == "hello", u < "z", "ell" in u, str(u), u.capitalize(), u * 2, "x" + u, int(S("42")) + 1, u.startswith("he"), hash(u) == hash("hello"))
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
