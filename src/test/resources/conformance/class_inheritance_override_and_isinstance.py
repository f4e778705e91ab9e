class Shape:
    def area(self):
        return 0
    def __str__(self):
        return f"{type(self).__name__} with area {self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Shape(), Rect(2, 3), Square(4)]
for s in shapes:
    print(s)
print([isinstance(s, Rect) for s in shapes], sum(s.area() for s in shapes))
