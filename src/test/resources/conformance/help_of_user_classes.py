# help() of a user's functions, classes, instances and bound methods: pydoc's text layout (tutorial 4.8.8, 9.3; a tester's finding)
class Point:
    """A point in the plane.

        Indented example:
            p = Point(1, 2)
    """
    origin_name = "O" * 80
    def __init__(self, x: float = 0.0, y=0.0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm(self):
        """Length of the vector."""
        return (self.x ** 2 + self.y ** 2) ** 0.5

class P3(Point):
    def norm(self):
        return 0
    def __init__(self, x, y, z):
        super().__init__(x, y)

help(P3)
p = Point(1, 2)
help(p.norm)
help(Point.norm)
class A:
    """doc"""
    x = 1
    def __eq__(self, o): return True
    @property
    def p(self):
        "the p"
        return 1
    @p.setter
    def p(self, v): pass
    @property
    def q(self): return 1
    @classmethod
    def make(cls, y): return cls()
    @staticmethod
    def helper(z): pass
    def _private(self): pass
    def __len__(self): return 0
    def __str__(self): return ""

help(A)
class A:
    pass

help(A)

class Animal:
    """An animal.

    Has a name.
    """
    legs = 4
    def __init__(self, name):
        """Make one."""
        self.name = name
    def speak(self):
        return "..."
    def __repr__(self):
        return "Animal()"

class Dog(Animal):
    def speak(self):
        """Woof."""
        return "woof"
    def fetch(self, thing, *args, times=2, **kw):
        pass

help(Dog)
help(Dog.speak)
d = Dog("x")
help(d)
class Dog:
    """A dog."""
    kind = "canine"
    def __init__(self, name):
        self.name = name
    def bark(self, times=1):
        """Bark some times."""
        return "woof" * times

help(Dog)
def fib(n):
    """Print a Fibonacci series."""
    pass

help(fib)
