# types.SimpleNamespace's messages name its tp_name 'types.SimpleNamespace' (its __name__ stays
# 'SimpleNamespace'); a subclass is named by its own name; ordering compares the namespaces' dicts
import types

ns = types.SimpleNamespace(a=1)
probes = [
    lambda: hash(ns), lambda: ns[0], lambda: len(ns), lambda: ns.zz, lambda: ns + 1, lambda: 1 - ns,
    lambda: iter(ns), lambda: ns(), lambda: -ns, lambda: int(ns), lambda: {ns}, lambda: {ns: 1},
    lambda: ns < ns, lambda: ns >= types.SimpleNamespace(), lambda: ns < 1,
]
for f in probes:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
del ns.a
try:
    del ns.a
except AttributeError as e:
    print(type(e).__name__, e)
print(type(ns).__name__, type(ns).__qualname__, type(ns).__module__, type(ns), repr(type(ns)))


class N(types.SimpleNamespace):
    pass


for f in [lambda: hash(N()), lambda: len(N()), lambda: N().zz, lambda: N() < N()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(N(a=1), type(N()), N(a=1) == types.SimpleNamespace(a=1))
