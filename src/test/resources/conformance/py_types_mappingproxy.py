# types.MappingProxyType: a live, read-only view of a dict; a class's __dict__ is one
import types
from collections import OrderedDict
d = {"a": 1, "b": 2}
p = types.MappingProxyType(d)
print(p, repr(p), type(p), type(p).__name__)
print(p["a"], len(p), "a" in p, "z" in p, list(p), p.get("z"), p.get("z", 0), p.get("b"))
print(list(p.keys()), list(p.values()), list(p.items()))
print(p.keys(), p.items())
d["c"] = 3
print(p, len(p))
print(p == d, p == {"a": 1}, p != d)
c = p.copy()
print(c, type(c).__name__, c is d)
print(p | {"z": 0}, {"z": 0} | p, type(p | {}).__name__)
q = p
try:
    q |= {"y": 9}
except TypeError as e:
    print(e)
print(str(p), f"{p}", [p])
for op in ["p['a'] = 5", "del p['a']", "p.update({})", "p.pop('a')", "p.clear()", "p.setdefault('a', 1)"]:
    try:
        exec(op)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(p, dict), hasattr(p, "pop"), hasattr(p, "keys"))
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print(e)
o = types.MappingProxyType(OrderedDict(x=1))
print(o, type(o.copy()).__name__)
print(types.MappingProxyType(p))
print(sorted(p), dict(p), {**p})
for k, v in p.items():
    print(k, v)
class C:
    x = 1
print(type(C.__dict__) is types.MappingProxyType, isinstance(C.__dict__, dict), C.__dict__["x"])
try:
    C.__dict__["x"] = 2
except TypeError as e:
    print(e)
print(type(C.__dict__.copy()).__name__, "x" in C.__dict__.keys())
print(p == types.MappingProxyType(d), bool(types.MappingProxyType({})))
