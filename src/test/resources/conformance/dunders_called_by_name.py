# Special methods called by name, as course code does (needle's Tensor.__str__ is
# self.realize_cached_data().__str__()): every value has object's, a built-in type its own,
# super() reaches object's, and a class's own wins (U1, session 16).


class V:
    def __init__(self, d):
        self.d = d

    def __str__(self):
        return "V(" + self.d.__str__() + ")"

    def __repr__(self):
        return "V<" + self.d.__repr__() + ">"


print(V([1, 2]), repr(V("x")), V(1.5), V(None), V((1, "a")))
print((1.5).__str__(), (3).__repr__(), "x".__repr__(), "x".__str__(), None.__repr__(), True.__str__())
print((5).__format__("03d"), (2.5).__format__(".3f"), "ab".__format__(">4"), (1, 2).__hash__() == hash((1, 2)))
print(float.__repr__(0.1), int.__str__(7), str.__format__("s", "^5") + "|", object.__str__(4))
print(object.__repr__(1).startswith("<int object at 0x"), object.__repr__(V(1)).startswith("<__main__.V object at 0x"))
print([].__hash__ is None, {}.__hash__ is None, set().__hash__ is None, frozenset().__hash__() == hash(frozenset()))
print(hasattr(1, "__str__"), hasattr([], "__format__"), "__repr__" in dir(3), "__str__" in dir(V(1)))


class Plain:
    pass


p = Plain()
print(p.__str__() == repr(p), p.__format__("") == str(p), p.__hash__() == hash(p), p.__eq__(p), p.__eq__(1), p.__ne__(p))
try:
    p.__format__("x")
except TypeError as e:
    print("TypeError:", e)


class Named:
    def __repr__(self):
        return "Named!"

    def __str__(self):
        return "str of " + super().__str__()

    def __format__(self, spec):
        return "<" + super().__format__("") + ">" if spec == "" else spec

    def __eq__(self, other):
        return isinstance(other, Named)

    def __hash__(self):
        return 7 + (super().__hash__() - super().__hash__())


n = Named()
print(str(n), format(n), format(n, "spec"), f"{n}", n == Named(), n.__ne__(Named()), hash(n))
print(super(Named, n).__repr__().startswith("<__main__.Named object at 0x"))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly().__hash__ is None, EqOnly().__ne__(1))

xs = [1, 2]
ys = xs.__iadd__((3,))
print(xs, ys is xs, xs.__imul__(2), xs.__reversed__().__next__(), list([1, 2, 3].__reversed__()))
s = {1, 2}
print(s.__or__({3}), s.__and__({2, 5}), s.__sub__({1}), sorted(s.__xor__({2, 9})), s.__or__([3]), frozenset({1}).__ror__({4}))
s.__ior__({7})
print(sorted(s), frozenset({1}).__or__({2}) == frozenset({1, 2}))
