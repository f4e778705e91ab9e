# Source: tester finding #16 (session 10); the descriptor HOWTO (docs.python.org howto/descriptor):
# the Positive validator, data vs non-data precedence, __set_name__, access through the class.
class Positive:
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError('must be positive')
        setattr(obj, self.private, value)
class Item:
    price = Positive()
    def __init__(self, price):
        self.price = price
it = Item(5)
print(it.price, vars(it), type(Item.price).__name__)
try:
    Item(-1)
except ValueError as e:
    print('ValueError', e)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from get'
class Data(NonData):
    def __set__(self, obj, value):
        print('data set', value)
    def __delete__(self, obj):
        print('data delete')
class T:
    nd = NonData()
    d = Data()
t = T()
print(t.nd, t.d, T.nd, T.d)
t.__dict__['nd'] = 'own'
t.__dict__['d'] = 'own'
print(t.nd, t.d)
t.d = 5
t.nd = 6
del t.d
print(t.nd, vars(t))
class Ten:
    def __get__(self, obj, objtype=None):
        return 10
class A:
    x = Ten()
print(A.x, A().x)
class Validated:
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'Expected {self.public_name} to be an int')
        setattr(obj, self.private_name, value)
class Person:
    age = Validated()
    height = Validated()
    def __init__(self, age):
        self.age = age
p = Person(30)
print(p.age, vars(p))
try:
    Person('x')
except TypeError as e:
    print('TypeError', e)
try:
    p.height
except AttributeError as e:
    print('AttributeError', e)
