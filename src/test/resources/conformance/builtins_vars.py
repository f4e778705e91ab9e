# vars(obj) is the object's attributes as a dict; vars() of a value without __dict__ is a TypeError.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(vars(p))
p.z = 3
print(sorted(vars(p)), vars(p)["z"])
for v in [5, 2.5, "s", [1], (1,), {"a": 1}, None, True]:
    try:
        vars(v)
    except TypeError as e:
        print(type(v).__name__, "TypeError:", e)
x = 5
try:
    vars(x)
except TypeError as e:
    print("input number:", e)
