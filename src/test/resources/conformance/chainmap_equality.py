# collections.ChainMap is a MutableMapping: == compares its items with a dict or another ChainMap
# (Mapping.__eq__), whatever the order of its maps; it is unhashable.
from collections import ChainMap, OrderedDict
a = ChainMap({"x": 1}, {"y": 2, "x": 5})
print(a == {"y": 2, "x": 1}, {"x": 1, "y": 2} == a, a == ChainMap({"y": 2}, {"x": 1}), a == {"x": 5, "y": 2})
print(a != {"x": 1}, a == [("x", 1)], a == OrderedDict(x=1, y=2), a.__eq__({"x": 1, "y": 2}), a.__eq__(3))
print(ChainMap({}) == {}, ChainMap({"n": float("nan")}) == ChainMap({"n": float("nan")}))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
