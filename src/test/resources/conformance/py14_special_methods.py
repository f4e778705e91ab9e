# T16: the built-in types' special methods called by name, found by hasattr, dir and callable
print(hasattr([1], '__iter__'), hasattr('s', '__len__'), hasattr({}, '__getitem__'), hasattr(len, '__call__'), '__len__' in dir([]))
def flatten(x): return [y for i in x for y in flatten(i)] if hasattr(x, '__iter__') and not isinstance(x, str) else [x]
print(flatten([1, [2, [3, 4]], (5,)]))
print(list.__len__([1, 2]), str.__add__("a", "b"), [1].__mul__(2), (1,).__add__((2,)), "a".__rmul__(2))
for bad in (lambda: 'a'.__add__(1), lambda: [1].__mul__('x'), lambda: (1,).__add__([2])):
    try:
        bad()
    except TypeError as e:
        print(e)
print(range(5).__getitem__(2), range(3).__contains__(2), {1}.__contains__(1), {1: 2}.__iter__().__next__())
d = {}; d.__setitem__('k', 1); print(d); d.__delitem__('k'); print(d)
l = [1, 2]; l.__setitem__(0, 9); print(l, l.__eq__([9, 2]), l.__lt__(3))
print(len.__call__([1, 2]), (lambda x: x + 1).__call__(1), callable(len.__call__))
it = iter([3, 1]); print(it.__next__(), next(it), hasattr(it, '__next__'), it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print("stop")
print('abc'.__len__(), [1].__contains__(1), {'a': 1}.__getitem__('a'), 'a'.__mul__(3), 'x'.__rmul__(2))
print([1].__lt__(3), {1}.__eq__(frozenset({1})), range(3).__eq__(range(3)), {1: 2}.__lt__({}), 'a'.__lt__('b'))
print(repr(list.append), repr(str.upper), repr(dict.get))
print(b'ab'.__len__(), b'a'.__add__(b'b'), b'a'.__mul__(2), b'ab'.__getitem__(0), b'ab'.__contains__(97))
