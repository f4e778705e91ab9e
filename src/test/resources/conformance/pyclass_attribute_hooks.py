# Source: tester findings #16 and #17 (session 10); the data model's __getattribute__, __setattr__,
# __delattr__ and object's own versions of them, the standard way to write an override.
class Traced:
    def __getattribute__(self, name):
        if name == 'zz':
            return 'ga ' + name
        return object.__getattribute__(self, name)
g = Traced()
g.a = 1
print(g.zz, g.a)
class WithFallback:
    def __getattribute__(self, name):
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback ' + name
w = WithFallback()
w.b = 2
print(w.b, w.nope, getattr(w, 'other'), hasattr(w, 'anything'))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, k, v):
        raise AttributeError(f'{k} is frozen')
    def __delattr__(self, k):
        raise AttributeError(f'cannot delete {k}')
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
object.__delattr__(f, 'x')
print(hasattr(f, 'x'))
class Logged:
    def __setattr__(self, k, v):
        print('set', k)
        super().__setattr__(k, v.upper() if isinstance(v, str) else v)
    def __delattr__(self, k):
        print('del', k)
        super().__delattr__(k)
l = Logged()
l.name = 'ann'
setattr(l, 'n', 1)
print(l.name, vars(l))
del l.name
delattr(l, 'n')
print(vars(l))
class Prop:
    @property
    def p(self):
        return 'prop'
    def __setattr__(self, k, v):
        print('hook first', k)
        object.__setattr__(self, k, v)
q = Prop()
try:
    q.p = 1
except AttributeError:
    print('no setter')
for bad in (lambda: object.__setattr__(q, 5, 1), lambda: object.__getattribute__(q, 'missing'), lambda: object.__delattr__(q, 'missing')):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
