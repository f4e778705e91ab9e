# T16: collections.abc with isinstance and issubclass on built-in values and on classes that define the methods; bytes % values
from collections.abc import Iterable, Sized, Sequence, Mapping, Callable, Iterator, Container, Collection, Hashable, MutableMapping, Set, Reversible
import collections
print(collections.abc.Iterable, Sequence)
vals = [[1], (1,), 'a', {}, {1}, frozenset(), range(2), 5, 2.5, None, len, lambda: 0, iter([1]), (x for x in []), b'ab']
for v in vals:
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Sized), isinstance(v, Sequence), isinstance(v, Mapping),
          isinstance(v, Callable), isinstance(v, Iterator), isinstance(v, Container), isinstance(v, Collection), isinstance(v, Hashable),
          isinstance(v, MutableMapping), isinstance(v, Set), isinstance(v, Reversible))
class Bag:
    def __init__(self): self.items = [1, 2]
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
class Fn:
    def __call__(self): return 1
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Sequence), isinstance(Fn(), Callable), isinstance(Bag(), Callable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(Bag, Iterable), issubclass(int, Iterable), issubclass(str, Container))
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
print(isinstance(MySeq(), Sequence), isinstance(MySeq(), Iterable))
def flatten(x):
    return [y for i in x for y in flatten(i)] if isinstance(x, Iterable) and not isinstance(x, str) else [x]
print(flatten([1, (2, [3]), {4}]))
print(b'%s-%d' % (b'x', 5), b'%05.1f' % 2.25, b'%c%c' % (65, b'B'), b'%r' % 'x', b'%x' % 255)
try:
    b'%s' % 'x'
except TypeError as e:
    print(e)
try:
    b'%s' % 5
except TypeError as e:
    print(e)
print(repr(list.append), repr(str.upper), repr(dict.get))
print(MySeq().index(2), MySeq().count(1), 2 in MySeq(), list(MySeq()), list(reversed(MySeq())) if False else '')
try:
    MySeq().index(5)
except ValueError as e:
    print(repr(e))
print(b'ab'.__len__(), b'a'.__add__(b'b'), b'a'.__mul__(2), b'ab'.__getitem__(0), b'a' in b'ab', b'ab'.__contains__(97))
