# abc: ABC with @abstractmethod; an object of a class with abstract methods left is CPython's TypeError
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return type(self).__name__ + " " + str(self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), Shape.area.__isabstractmethod__)
