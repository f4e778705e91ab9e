# re's flags are RegexFlag values: ints in arithmetic and as arguments, shown by name
import re

print(re.I, repr(re.M), re.S | re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG, re.I | re.M | 1024, re.I & re.M, re.I ^ re.I, ~re.I)
print(re.I + 1, re.I * 2, int(re.S), re.I == 2, 2 == re.I, re.I != re.M, re.M > re.I, re.I | 1, 1 | re.I, bool(re.NOFLAG), bool(re.I), hash(re.I) == hash(2))
print(f'{re.I}', '%s %d %r' % (re.I, re.I, re.M), str(re.I | re.S), f'{re.I:d}', re.I.value, re.I.name, (re.I | re.M).name, re.NOFLAG.name, format(re.X, '04b'))
print(re.IGNORECASE is re.I, re.compile('a', re.I | re.M).flags, re.compile('a', flags=re.S).flags, re.sub('a', 'b', 'aaaaaaaaaa', re.M), re.findall('A', 'aA', re.I))
flags = 0
flags |= re.I
flags |= re.M
print(flags, type(flags).__name__, re.compile('x', flags), range(re.S)[-1], [0] * re.I, 'ab'[re.A - 255])
