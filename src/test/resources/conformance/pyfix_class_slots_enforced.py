# __slots__: an instance takes only the names its classes' __slots__ give (no __dict__), unless a class lacks __slots__ or names __dict__
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
print(s.a, s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
class T(S):
    pass
t = T(); t.c = 5; print(t.c, t.__dict__)
class U(S):
    __slots__ = ("c",)
u = U(); u.c = 1; u.b = 2
try:
    u.d = 1
except AttributeError as e:
    print("AttributeError:", e)
class V:
    __slots__ = "x"
    y = 10
v = V(); v.x = 1
try:
    v.y = 2
except AttributeError as e:
    print("AttributeError:", e)
class W:
    __slots__ = ("a", "__dict__")
w = W(); w.z = 3; print(w.z)
try:
    class X:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class Y:
    __slots__ = ["__p"]
    def __init__(self): self.__p = 1
    def get(self): return self.__p
print(Y().get())
print(S.__slots__, U.__slots__)
class Z:
    __slots__ = ()
z = Z()
try:
    z.q = 1
except AttributeError as e:
    print("AttributeError:", e)
class E(Exception):
    __slots__ = ()
e = E(); e.foo = 1; print(e.foo)
print(getattr(s, 'c', 'none'), hasattr(s, 'b'))
