# Source: tester finding #16 (session 10); PEP 487's __init_subclass__ (a plugin registry) with the
# class statement's keywords.
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class C1(Base): pass
class C2(Base): pass
class C3(C2): pass
print(Base.registry)
class Plugin:
    kinds = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.kinds[kind] = cls.__name__
class CsvPlugin(Plugin, kind='csv'): pass
class JsonPlugin(Plugin, kind='json'): pass
print(Plugin.kinds, CsvPlugin.kind, JsonPlugin().kind)
class Explicit:
    @classmethod
    def __init_subclass__(cls, /, default=1, **kw):
        cls.default = default
class Sub(Explicit, default=5): pass
print(Sub.default)
try:
    class Bad(Plugin, colour='red'): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(tag=1): pass
except TypeError as e:
    print('TypeError', e)
class Typed(object, metaclass=type):
    pass
print(Typed.__name__)
