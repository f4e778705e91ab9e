class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __call__(self, i):
        return self.c[i]
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, -v, v == Vec(1, 2), v != w, abs(w), v(1), callable(v))
