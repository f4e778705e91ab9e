# re.Match and re.Pattern as CPython shows them: groups, spans, lastindex, reprs, and the compile cache
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Isaac Newton')
print(m, repr(m), m.group(), m.group(0), m.group(1, 'last'), m['first'], m[2], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=0))
print(m.span(), m.span(1), m.span('last'), m.span(3), m.start(), m.start('last'), m.end(2), m.end(3), m.lastindex, m.lastgroup, m.regs)
print(m.re, m.string, m.pos, m.endpos, bool(m), type(m).__name__, isinstance(m, re.Match))
for pat, text in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b*)', 'a'), (r'(a)|(b)', 'b'), (r'(?:(a)|(b))+', 'ab'), (r'(?:(a)|(b))+', 'ba'), (r'(a)(?P<n>b)?', 'a'),
                  (r'(?P<x>a)(?P<y>b)', 'ab'), (r'a', 'a'), (r'(a)(?:b)', 'ab'), (r'((a)(b))', 'ab'), (r'(a(b))c', 'abc')]:
    m = re.match(pat, text)
    print(pat, m.lastindex, m.lastgroup, m.groups())
print(re.match('a' * 60, 'a' * 60), re.match('.+', 'x' * 48 + "'y"), re.search(r'\n', 'a\nb'), re.match('.*', 'é\t"\'x'))
p = re.compile(r'(?P<a>x)(y)', re.I | re.M)
print(p, repr(p), p.pattern, p.flags, p.groups, p.groupindex, p.groupindex['a'], type(p).__name__, isinstance(p, re.Pattern))
print(re.compile('a'), re.compile('a', re.A), re.compile('a', re.S | re.X), re.compile('(?i)a'), re.compile('(?s)a', re.U), re.compile("it's"), re.compile('x' * 250))
print(re.compile('a').flags, re.compile('a', re.A).flags, re.compile('(?x)a').flags, re.compile('a', re.I).flags, re.compile(r'\d', re.I | re.A | re.S).flags)
print(re.compile('ab') is re.compile('ab'), re.compile('ab') == re.compile('ab'), re.compile('ab') == re.compile('ab', re.I), hash(re.compile('q')) == hash(re.compile('q')))
print(re.compile(re.compile('z')) is re.compile('z'), re.purge(), re.compile('ab') == re.compile('ab'), len({re.compile('a'), re.compile('a')}))
print(re.escape('a.b*c'), re.escape('hello world!'), re.escape('a-b_c:d/e'), re.escape('1+1=2?'), re.escape('é\t\n#&~'), re.escape(''), re.escape('[x]{y}(z)'))
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.match('(a)(b)?', 'a').group(1, 2), re.match('(?P<n>a)', 'a').group('n', 0), re.fullmatch('(?P<n>a)', 'a').groupdict(), re.match('a', 'ab').groups(), re.match('a', 'a').groupdict())
print(re.compile(r'(\d+)-(\d+)').match('10-20').expand(r'\2..\1'), re.search('b', 'abc').string, re.search('(b)', 'abc').regs)
