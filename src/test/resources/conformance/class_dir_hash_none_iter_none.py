# Z59: __dir__ answers dir(obj); a class defining __eq__ without __hash__ has __hash__ None (and its subclasses);
# __iter__ = None makes objects not iterable.
class G:
    def __dir__(self): return ["magic", "z", "a"]
print(dir(G()))
class E:
    def __eq__(self, o): return True
class Sub(E):
    pass
class H:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(E.__hash__, Sub.__hash__ is None, hash(H()), "__hash__" in E.__dict__, E.__dict__["__hash__"])
try:
    hash(E())
except TypeError as e:
    print(e)
class N:
    __iter__ = None
try:
    iter(N())
except TypeError as e:
    print(e)
try:
    for x in N(): pass
except TypeError as e:
    print(e)
print(E() == 1, {H(): 1}[H()])
