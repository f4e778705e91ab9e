# Source: tester finding #16 (session 10); the data model's __new__ (docs.python.org reference/datamodel):
# type.__call__ runs __new__, then __init__ only on an instance of the class.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, *args):
        print("init", args)
a = Singleton()
b = Singleton(1)
print(a is b)
class Pt:
    def __new__(cls, x):
        obj = object.__new__(cls)
        obj.x = x
        return obj
print(Pt(3).x, type(Pt(4)).__name__)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())
class Base:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        self.x, self.y = x, y
class Child(Base):
    pass
c = Child(1, y=2)
print(c.x, c.y, type(c).__name__)
class Counted:
    made = 0
    def __new__(cls):
        cls.made += 1
        return super().__new__(cls)
Counted(); Counted()
print(Counted.made)
# the errors of object.__new__ and object.__init__ with arguments nobody takes
class A:
    def __init__(self, x):
        super().__init__(x)
class B:
    pass
class C:
    def __new__(cls, x):
        return super().__new__(cls, x)
for make in (lambda: A(1), lambda: B(1), lambda: C(1), lambda: object.__new__(5)):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
