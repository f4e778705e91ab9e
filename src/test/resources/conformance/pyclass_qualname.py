# #18: __qualname__ of classes and of functions nested in classes and functions, and the reprs that use it.
def outer():
    def inner():
        pass
    class K:
        def m(self):
            def deep():
                pass
            return deep
    return inner, K
class C:
    def m(self): pass
    class D:
        def n(self): pass
        class E:
            pass
i, K = outer()
print(outer.__qualname__, i.__qualname__, K.__qualname__, K.m.__qualname__, K().m().__qualname__)
print(C.m.__qualname__, C.D.n.__qualname__, C.D.__qualname__, C.D.E.__qualname__, C.D.__name__)
print(repr(i).split(' at ')[0], repr(C.m).split(' at ')[0], K, C.D, C.D.E)
print(repr(K()).split(' at ')[0], repr(C.D()).split(' at ')[0])
print(repr(C().m).split(' at ')[0], (lambda: 0).__qualname__)
class R:
    __qualname__ = 'Renamed'
print(R.__qualname__, R)
