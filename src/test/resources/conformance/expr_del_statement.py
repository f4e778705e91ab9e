x = 1
del x
try:
    print(x)
except NameError:
    print("x is gone")
xs = [0, 1, 2, 3, 4]
del xs[0], xs[1]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.a = 1; del o.a
print(hasattr(o, "a"))
