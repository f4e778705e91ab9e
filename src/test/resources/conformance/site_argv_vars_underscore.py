# sys.argv of a script is [its name as given]; vars(obj) is the object's live __dict__ (writes go
# through, later attributes show); `_` is only the prompt's, never set in a script.
import sys

print(len(sys.argv), sys.argv[0].endswith("site_argv_vars_underscore.py"), sys.argv[1:], type(sys.argv))


class Point:
    def __init__(self):
        self.x = 1


p = Point()
d = vars(p)
d["y"] = 2
print(p.y, d, vars(p) is p.__dict__, len(d), "x" in d)
p.z = 3
print(d, list(d), d.get("z"), sorted(d.items()))
del d["x"]
print(hasattr(p, "x"), vars(p))
d.update(w=4)
print(p.w, p.__dict__ == {"y": 2, "z": 3, "w": 4}, dict(d), d.copy())
p.__dict__.clear()
print(vars(p), hasattr(p, "y"))
1 + 1
try:
    print(_)
except NameError as e:
    print("NameError:", e)
