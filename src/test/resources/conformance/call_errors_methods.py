# TypeError messages for methods and classes: the qualified name, self counted as CPython counts it.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def norm(self):
        return (self.x**2 + self.y**2) ** 0.5

    @staticmethod
    def origin(z):
        return Point(0, 0)

    @classmethod
    def unit(cls, axis):
        return cls(1, 0) if axis == 0 else cls(0, 1)


def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)


p = Point(3, 4)
print(p.norm())
show(Point)
show(Point, 1)
show(Point, 1, 2, 3)
show(p.move)
show(p.move, 1, 2, 3)
show(p.norm, 1)
show(p.move, 1, dz=2)
show(p.move, 1, dx=2)
show(Point.origin)
show(Point.unit)
show(Point.unit, 0, 1)
show(Point.norm)


def outer():
    def inner(a):
        return a
    return inner


show(outer())
