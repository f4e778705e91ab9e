import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper

def deco2(f):
    def inner(*a):
        return f(*a)
    return inner

class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @property
    def p(self):
        return "A.p"

class B(A):
    @deco
    def hello(self):
        return "B+" + super().hello()
    @classmethod
    @deco2
    def cm(cls):
        return "B+" + super().cm()
    @property
    @deco
    def p(self):
        return "B+" + super().p
    def lam(self):
        f = lambda s: super(B, s).hello()
        g = lambda me: super().hello()
        return f(self), g(self)
    def nested(self):
        def g(me):
            return super().hello()
        return g(self)
    def cls_name(self):
        return __class__.__name__
    other = lambda self: "lam " + super().hello()

b = B()
print(b.hello())
print(B.cm())
print(b.cm())
print(b.p)
print(b.lam())
print(b.nested())
print(b.other())
print(b.cls_name())
print(B.hello.__name__, B.hello.__qualname__)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
def outside2(x):
    return super().x
try:
    outside2(1)
except RuntimeError as e:
    print("RuntimeError", e)
class D(A):
    def s():
        return super().hello()
    def star(*args):
        return super().hello()
try:
    D.s()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    D().star()
except RuntimeError as e:
    print("RuntimeError", e)
class F(A):
    def m(self):
        del self
        return super().hello()
    def n(self):
        def g():
            return super().hello()
        return g()
try:
    F().m()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    F().n()
except RuntimeError as e:
    print("RuntimeError", e)
class G(A):
    def m(self):
        return super().hello()
try:
    G.m(5)
except TypeError as e:
    print("TypeError", e)
# a method defined outside and attached later has no __class__ cell
def late(self):
    return super().hello()
G.late = late
try:
    G().late()
except RuntimeError as e:
    print("RuntimeError", e)
# the cell follows the class the def was written in, not the class it is copied to
class H(B):
    hello2 = B.hello
print(H().hello2())
# class in a function; method closures
def make():
    class Local(A):
        def hello(self):
            return "Local+" + super().hello()
    return Local
print(make()().hello())
# __init__ chains with super in dataclass-like hierarchy
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y)
# super in __init_subclass__ and __new__
class Reg:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append(cls.__name__)
class R1(Reg): pass
print(Reg.registry)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
# generator method with super
class Gen(A):
    def items(self):
        yield super().hello()
        yield 2
print(list(Gen().items()))

class A:
    def m(self): return 1
    lam = lambda self: 2
    class Inner:
        def f(self): pass
    def outer(self):
        def inner(): pass
        return inner
    xs = [lambda: 0 for _ in range(1)]
print(A.m.__qualname__, A.lam.__qualname__, A.Inner.f.__qualname__, A().outer().__qualname__)
def free(self): pass
class X:
    g = free
print(X.g.__qualname__)
def make():
    class L:
        def m(self): pass
    return L
print(make().m.__qualname__)
class P:
    def early(self):
        return __class__
    try:
        early(None)
    except NameError as e:
        print("NameError", e)
print(P().early())
class Q(P):
    def __init__(self):
        super().__init__()
        print("Q init", type(super()))
Q()
print(repr(super))
