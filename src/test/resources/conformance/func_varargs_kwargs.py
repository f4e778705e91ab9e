def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2))
def g(a, b=0, *rest, key=None, **opts):
    print(a, b, rest, key, opts)
g(1)
g(1, 2, 3, 4, key="k", x=1, y=2)
args = (1, 2)
kw = {"key": 5}
g(*args, 9, **kw, z=0)
