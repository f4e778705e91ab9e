# re.Match's lastindex, lastgroup, pos, endpos, expand; re's UNICODE/NOFLAG constants, purge, and re.Pattern/re.Match as types (#130, #136)
import re

m = re.search(r'(\w+) (\w+)', 'hello big world')
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.expand(r'\2-\1'), m.expand(r'<\g<1>>\n'))
m = re.match(r'(?P<first>\w+) (?P<second>\w+)', 'Jane Doe')
print(m.lastindex, m.lastgroup, m.expand(r'\g<second>, \g<first>'), m.groupdict())
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, m.lastgroup, re.match(r'(a)(b)?', 'a').lastindex, re.match(r'a', 'a').lastindex, re.match(r'a', 'a').lastgroup)
m = re.match(r'(?P<x>a)(?:b)(?P<y>[(]c)', 'ab(c')
print(m.lastindex, m.lastgroup, m.group('y'))
def f(p: re.Pattern) -> bool:
    return p.match('a') is not None
print(f(re.compile('a')), isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match), re.findall('é', 'É', re.U | re.I))
print(int(re.U), int(re.UNICODE), int(re.NOFLAG), re.purge(), re.compile('x', re.NOFLAG).match('x').group())
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
