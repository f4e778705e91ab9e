class A:
    pass
class B:
    def __str__(self):
        return "B-str"
class C:
    def __repr__(self):
        return "C-repr"
class D:
    def __str__(self):
        return "D-str"
    def __repr__(self):
        return "D-repr"
for o in [C(), D()]:
    print(o, str(o), repr(o), [o], f"{o}", f"{o!r}", "%s %r" % (o, o))
print(B(), str(B()), f"{B()}", repr(B()).startswith("<__main__.B object at 0x"))
print(isinstance(A(), A), str(A()).startswith("<__main__.A object at 0x"))
