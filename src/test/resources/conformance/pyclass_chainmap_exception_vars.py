# collections.ChainMap as the Python tutorial's "Brief tour" and argparse-style defaults use it,
# and vars() of an exception: CPython keeps args in a slot, so vars(e) is {} until you set an attribute.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
given = {"user": "admin"}
cm = ChainMap(given, defaults)
print(cm["color"], cm["user"], len(cm), list(cm), sorted(cm), cm)
print("color" in cm, "size" in cm, cm.get("size"), cm.get("size", 0), bool(ChainMap()), ChainMap())
cm["color"] = "blue"
print(given, defaults, cm.maps)
child = cm.new_child({"x": 1})
print(child, child.parents, list(child.items()), list(child.values()), list(child.keys()))
print(child.new_child(), cm.new_child(y=2)["y"], dict(cm), dict(child) == {"color": "blue", "user": "admin", "x": 1})
del cm["color"]
print(cm, cm.pop("user"), cm, cm.pop("zz", "none"))
for bad in ["color", "nothing"]:
    try:
        del cm[bad]
    except KeyError as e:
        print("KeyError", e)
try:
    cm["nothing"]
except KeyError as e:
    print("KeyError", e)
c2 = cm.copy()
c2["new"] = 1
print(cm, c2, c2.maps[1] is cm.maps[1], cm.keys(), len(cm.items()))
cm.maps.append({"late": 0})
print(cm["late"], cm.popitem() if cm.maps[0] else "empty first map")
try:
    cm.popitem()
except KeyError as e:
    print("KeyError", e)
scopes = ChainMap({"x": 1})
inner = scopes.new_child()
inner["x"] = 2
print(inner["x"], scopes["x"], inner.parents["x"])


class AppError(Exception):
    pass


try:
    raise ValueError("bad", 3)
except ValueError as e:
    print(vars(e), e.__dict__, e.args)
    e.extra = 1
    print(vars(e), e.args)
e = AppError("x")
e.code = 7
print(vars(e), e.args)
print(vars(OSError(2, "No such file")), vars(StopIteration(5)), vars(KeyError("k")))
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(vars(e), e.__cause__)
