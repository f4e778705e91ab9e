class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, p.x, [p, Point(0, 1)])
p.x = 6
p.label = "moved"
print(p, p.label, hasattr(p, "label"), hasattr(p, "z"), getattr(p, "z", None))
print(type(p).__name__, isinstance(p, Point), Point.__name__)
