# Python protocols students implement around training code: iterators without yield, context managers,
# callables, property setters, __getitem__ iteration, __contains__, inheritance with super() chains
import torch
torch.set_default_dtype(torch.float64)

class Batches:
    def __init__(self, X, y, bs):
        self.X, self.y, self.bs = X, y, bs
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= len(self.X):
            raise StopIteration
        s = slice(self.i, self.i + self.bs)
        self.i += self.bs
        return self.X[s], self.y[s]
    def __len__(self):
        return (len(self.X) + self.bs - 1) // self.bs

X = torch.arange(10.).reshape(5, 2)
y = torch.tensor([0, 1, 0, 1, 1])
for xb, yb in Batches(X, y, 2):
    print(xb.shape, yb.tolist())
it = iter(Batches(X, y, 3))
print(next(it)[1], next(it)[1], next(it, "done"), len(Batches(X, y, 3)))

class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError

with Timer("epoch") as t:
    print("inside", t.name)
with Timer("bad"):
    raise ValueError("swallowed")
print("after")

class Affine:
    def __init__(self, a, b):
        self._a = a
        self.b = b
    @property
    def a(self):
        return self._a
    @a.setter
    def a(self, v):
        if v == 0:
            raise ValueError("a must be non-zero")
        self._a = v
    def __call__(self, x):
        return self.a * x + self.b

f = Affine(2.0, 1.0)
print(f(torch.tensor([1.0, 2.0])), f(3))
f.a = 0.5
print(f.a, f(2))
try:
    f.a = 0
except ValueError as e:
    print(e)

class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
    def __contains__(self, v):
        return v in (0, 1, 4, 9)

print(list(Squares()), 4 in Squares(), 5 in Squares())

class Base:
    def __init__(self):
        self.log = ["base"]
    def describe(self):
        return "Base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("mid")
    def describe(self):
        return "Mid<" + super().describe() + ">"
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("leaf")
    def describe(self):
        return "Leaf<" + super().describe() + ">"
l = Leaf()
print(l.log, l.describe(), isinstance(l, Base), issubclass(Leaf, Mid), Leaf.__mro__[1].__name__)
print(Leaf.__name__, l.__class__.__name__, type(l) is Leaf, vars(Affine(1, 2)))
print(str(Batches), repr(f)[:15])
