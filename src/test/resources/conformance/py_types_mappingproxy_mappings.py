# types.MappingProxyType over any mapping (CPython's check: __getitem__, no list or tuple), and str() of a mappingproxy.
import types
from collections import OrderedDict, UserDict, ChainMap


class C:
    x = 1

print(str(C.__dict__) == str(dict(C.__dict__)), str(C.__dict__).startswith("{'__module__': '__main__'"))
print(f"{C.__dict__}" == repr(dict(C.__dict__)), repr(C.__dict__).startswith("mappingproxy({"))
for m in (OrderedDict(a=1), UserDict(a=2), ChainMap({'c': 3}, {'a': 4})):
    p = types.MappingProxyType(m)
    print(type(p).__name__, p['a'], len(p), sorted(p), repr(p), str(p), 'a' in p, 'z' in p)
    print(sorted(p.keys()), sorted(p.values()), sorted(p.items()), p.get('a'), p.get('z', 'default'), type(p.copy()).__name__)
    try:
        p['a'] = 5
    except TypeError as e:
        print(e)


class M:
    def __getitem__(self, k):
        return k * 2

    def keys(self):
        return ['a', 'b']

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self.keys())

p = types.MappingProxyType(M())
print(p['x'], len(p), list(p), 'a' in p, list(p.keys()), dict(p))
m = UserDict(a=1)
p = types.MappingProxyType(m)
m['b'] = 2
print(p, len(p), p == {'a': 1, 'b': 2})
print(types.MappingProxyType("abc")[1], types.MappingProxyType(range(5))[2])
for bad in ([1], (1,), 5, {1, 2}, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)


class G:
    def __getitem__(self, k):
        return k + 1

print(types.MappingProxyType(G())[3])
try:
    types.MappingProxyType(UserDict())['missing']
except KeyError as e:
    print("KeyError", e)
